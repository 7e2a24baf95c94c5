//! Units: currency, percent, measures and time after or before a number,
//! scale words (`million`, `bn`), ages and money named by its noun.

use super::*;

/// Units written after the number: `%`, `per cent`, currencies, measures, durations.
pub(super) fn apply_unit(toks: &[Token<'_>], c: &mut Core) {
    // `a magnitude 7.1 quake`, `of magnitude 6.1`, `a magnitude of 6.1`:
    // the scale named before; `6.1 on the Richter scale` after.
    let before = |k: usize| c.first.checked_sub(k).map_or("", |p| toks[p].lower);
    let after = |k: usize| toks.get(c.last + k).map_or("", |t| t.lower);
    // (`a pH of 7`, `pH 4.5`: the acidity scale likewise.)
    let magnitude = matches!(before(1), "magnitude" | "ph")
        || before(1) == "of" && matches!(before(2), "magnitude" | "ph")
        || (after(1), after(2), after(3)) == ("on", "the", "richter");
    if magnitude && c.kind == NumberKind::Count && c.digits {
        c.kind = NumberKind::Measure;
        return;
    }
    let j = c.last + 1;
    let Some(u) = toks.get(j) else { return };
    if let Some(last) = percent_end(toks, j) {
        return set_unit(c, NumberKind::Percent, last);
    }
    // `5€`, `20 $`: the currency sign after the amount, as parts of
    // Europe write it; not `5 $10 bills`.
    let sign_after = words::currency_symbol(u.text)
        && attached(toks, j).is_none_or(|n| n.kind != Kind::Num)
        && toks.get(j + 1).is_none_or(|n| n.kind != Kind::Num);
    if sign_after && c.kind == NumberKind::Count && c.digits {
        return set_unit(c, NumberKind::Money, j);
    }
    if let Some(last) = feet_and_inches_end(toks, c, j) {
        return set_unit(c, NumberKind::Measure, last);
    }
    if pounds_weighed(toks, c, j) {
        return set_unit(c, NumberKind::Measure, j);
    }
    if let Some(last) = grand_end(toks, c, j) {
        c.value = times_scale(c.value, 1e3);
        return set_unit(c, NumberKind::Money, last);
    }
    if c.kind != NumberKind::Money
        && u.has(lexicon::CURRENCY_WORD)
        && u.is_lowercase_word() | (u.text.len() == 3)
    {
        return set_unit(c, NumberKind::Money, j);
    }
    if let Some(last) = qualified_currency_end(toks, c, j) {
        return set_unit(c, NumberKind::Money, last);
    }
    // `11-year lull`, `30-day`, `six-member`: a hyphenated compound.
    if u.is_punct('-') && !u.space_before {
        return compound_unit(toks, c, j);
    }
    if u.has(lexicon::TIME_UNIT) && c.kind != NumberKind::Money {
        return set_unit(c, NumberKind::Duration, j);
    }
    // `three more days`, `15 consecutive years`: a word that extends or
    // strings the time units together stands inside the duration.
    let extends = matches!(
        u.lower,
        "more" | "additional" | "further" | "consecutive" | "straight" | "successive"
    );
    let unit_after = toks
        .get(j + 1)
        .is_some_and(|w| w.has(lexicon::TIME_UNIT) && w.lower.ends_with('s'));
    if extends && unit_after && c.kind == NumberKind::Count {
        return set_unit(c, NumberKind::Duration, j + 1);
    }
    if let Some(last) = degrees_end(toks, j).or_else(|| measure_end(toks, c, j)) {
        set_unit(
            c,
            NumberKind::Measure,
            per_unit_end(toks, scale_end(toks, last)),
        );
    }
}

/// `3 million US dollars`, `40 Canadian dollars`, `5 Hong Kong dollars`:
/// a currency word after one or two capitalised words that say whose.
fn qualified_currency_end(toks: &[Token<'_>], c: &Core, j: usize) -> Option<usize> {
    if c.kind != NumberKind::Count {
        return None;
    }
    let whose = |t: &Token<'_>| t.space_before && t.is_capitalized() && t.is_word();
    let names = toks[j..].iter().take(2).take_while(|t| whose(t)).count();
    (1..=names).map(|k| j + k).find(|&w| {
        toks.get(w).is_some_and(|t| {
            t.space_before && t.is_lowercase_word() && t.has(lexicon::CURRENCY_WORD)
        })
    })
}

/// `5′11″`, `6'2"`, `5 ft 11 in`: feet and inches, each figure a measure
/// of its own as in `5 feet 11 inches`.
fn feet_and_inches_end(toks: &[Token<'_>], c: &Core, j: usize) -> Option<usize> {
    let u = &toks[j];
    if !c.digits || c.first != c.last {
        return None;
    }
    // `5 ft 11 in`: `in` after feet is inches.
    let feet_before = c.first >= 2
        && matches!(toks[c.first - 1].lower, "ft" | "feet" | "foot")
        && toks[c.first - 2].kind == Kind::Num;
    if u.text == "in" && feet_before {
        return Some(j);
    }
    if u.space_before {
        return None;
    }
    let inches_follow = attached(toks, j).is_some_and(|n| n.kind == Kind::Num);
    let feet = u.is_punct('′') || u.is_punct('\'') && inches_follow;
    let after_feet = c.first >= 2
        && !toks[c.first].space_before
        && (toks[c.first - 1].is_punct('′') || toks[c.first - 1].is_punct('\''))
        && toks[c.first - 2].kind == Kind::Num;
    let inches = u.is_punct('″') || u.is_punct('"') && after_feet;
    (feet || inches).then_some(j)
}

/// `weighs 150 pounds`, `lost 30 pounds`, `seven pounds of muscle`: pounds
/// of weight, not money. Money in pounds comes in millions and is rarely
/// `of` a substance (`5 million pounds of funding`).
fn pounds_weighed(toks: &[Token<'_>], c: &Core, j: usize) -> bool {
    if !matches!(toks[j].lower, "pounds" | "pound") {
        return false;
    }
    let before = &toks[c.first.saturating_sub(4)..c.first];
    let weighed = before.iter().any(|t| t.lower.starts_with("weigh"));
    let body_weight = before
        .iter()
        .any(|t| matches!(t.lower, "lost" | "lose" | "losing" | "shed" | "gained"));
    let of_a_substance = toks.get(j + 1).is_some_and(|o| o.lower == "of")
        && toks
            .get(j + 2)
            .is_some_and(|n| n.is_lowercase_word() && !n.has(lexicon::FUNCTION_WORD));
    weighed || (body_weight || of_a_substance) && c.value < 1e6 && c.kind != NumberKind::Money
}

/// `10 grand`, `fifty grand`: thousands of the currency, in speech; not
/// `two grand juries`.
fn grand_end(toks: &[Token<'_>], c: &Core, j: usize) -> Option<usize> {
    let noun_after = toks
        .get(j + 1)
        .is_some_and(|n| n.is_word() && !n.has(lexicon::FUNCTION_WORD));
    (toks[j].lower == "grand" && c.kind == NumberKind::Count && !noun_after).then_some(j)
}

/// `30°`, `30 °C`, `86°F`: degrees, with the scale letter when there is one.
fn degrees_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
    toks[j].is_punct('°').then_some(())?;
    let scale = toks
        .get(j + 1)
        .filter(|s| !s.space_before && matches!(s.text, "C" | "F" | "K"));
    Some(if scale.is_some() { j + 1 } else { j })
}

/// `68 degrees Fahrenheit`, `20 degrees Celsius`: the scale after `degrees`
/// belongs to the unit.
fn scale_end(toks: &[Token<'_>], last: usize) -> usize {
    let degrees = matches!(toks[last].lower, "degrees" | "degree");
    let scale = toks
        .get(last + 1)
        .is_some_and(|s| words::TEMPERATURE_SCALE_WORDS.contains(&s.lower));
    if degrees && scale {
        last + 1
    } else {
        last
    }
}

/// `120 km/h`, `9.8 m/s`, `100 kilometres per hour`: a unit per another,
/// one span.
fn per_unit_end(toks: &[Token<'_>], last: usize) -> usize {
    let per_word = toks.get(last + 1).is_some_and(|p| p.lower == "per")
        && toks.get(last + 2).is_some_and(|u| {
            u.has(lexicon::TIME_UNIT | lexicon::MEASURE_UNIT) && !u.has(lexicon::AMBIGUOUS_UNIT)
        });
    if per_word {
        return last + 2;
    }
    let per = toks
        .get(last + 1)
        .filter(|p| p.is_punct('/') && !p.space_before);
    let unit = toks.get(last + 2).filter(|u| {
        !u.space_before
            && u.is_word()
            && (u.has(lexicon::TIME_UNIT | lexicon::MEASURE_UNIT)
                || matches!(u.lower, "h" | "hr" | "s" | "sec" | "min"))
    });
    if per.is_some() && unit.is_some() {
        last + 2
    } else {
        last
    }
}

/// The number is a `kind` that ends at token `last`.
fn set_unit(c: &mut Core, kind: NumberKind, last: usize) {
    c.kind = kind;
    c.last = last;
    c.bare_int = false;
}

/// Where a percentage ends: `45%`, `3 per cent`, `2 percent`, `0.5 percentage points`.
pub(super) fn percent_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let u = &toks[j];
    if u.is_punct('%') {
        return Some(j);
    }
    if u.lower == "per" && toks.get(j + 1).is_some_and(|x| x.lower == "cent") {
        return Some(j + 1);
    }
    // `3.5 percentage points` (a `percentage` alone counts nothing)
    if u.lower == "percentage" {
        let points = toks
            .get(j + 1)
            .is_some_and(|x| matches!(x.lower, "points" | "point"));
        return points.then_some(j + 1);
    }
    if !u.has(lexicon::PERCENT_WORD) {
        return None;
    }
    Some(if toks.get(j + 1).is_some_and(|x| x.lower == "points") {
        j + 1
    } else {
        j
    })
}

/// A unit after a hyphen at `j`: `11-year` (and `11-year-old`), `5-km`.
fn compound_unit(toks: &[Token<'_>], c: &mut Core, j: usize) {
    let Some(w) = toks.get(j + 1).filter(|w| !w.space_before && w.is_word()) else {
        return;
    };
    if let Some(last) = hyphened_percent_end(toks, j + 1) {
        set_unit(c, NumberKind::Percent, last);
    } else if w.has(lexicon::TIME_UNIT) {
        set_unit(c, NumberKind::Duration, j + 1);
        // `11-year-old`, `17-year-olds`
        if let (Some(h2), Some(o)) = (toks.get(j + 2), toks.get(j + 3)) {
            let old = matches!(o.lower, "old" | "olds" | "old's" | "old’s");
            if h2.is_punct('-') && !h2.space_before && old && !o.space_before {
                c.last = j + 3;
            }
        }
    } else if let Some(unit) = modified_unit(toks, j + 1) {
        // `a 5,000-square-foot house`
        set_unit(c, NumberKind::Measure, unit);
    } else if w.has(lexicon::CURRENCY_WORD) && w.is_lowercase_word() && w.lower != "pound" {
        // `a 5-dollar bill`, `a 1.5-billion-dollar deal`
        set_unit(c, NumberKind::Money, j + 1);
    } else if w.has(lexicon::MEASURE_UNIT) && w.lower.len() > 1 || w.lower == "pound" {
        // `a 200-pound man`: a weight (an amount of money is `£200`).
        set_unit(c, NumberKind::Measure, j + 1);
    }
}

/// `a 10-percent rise`, `a 10-per-cent rise`: a percent word after the
/// hyphen at `j - 1`, and its last token.
fn hyphened_percent_end(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let w = &toks[j];
    if w.has(lexicon::PERCENT_WORD) {
        return Some(j);
    }
    let cent = j + 2;
    let hyphen = attached(toks, j).is_some_and(|h| h.is_punct('-'));
    let joined = hyphen && attached(toks, j + 1).is_some_and(|x| x.lower == "cent");
    (w.lower == "per" && joined).then_some(cent)
}

/// `square kilometres`, `cubic metres`, `metric tons`, `sq. ft.`,
/// `square-foot`: the unit a modifier at `j` makes, and its last token.
fn modified_unit(toks: &[Token<'_>], j: usize) -> Option<usize> {
    if !toks[j].has(lexicon::UNIT_MODIFIER) {
        return None;
    }
    let joined = attached(toks, j).is_some_and(|d| d.is_punct('.') || d.is_punct('-'));
    let unit_at = j + 1 + usize::from(joined);
    toks.get(unit_at)
        .filter(|x| x.has(lexicon::MEASURE_UNIT))
        .map(|_| unit_at)
}

/// Where a measure's unit ends: `5 km`, `2.1m` (a one-letter unit only
/// attached to digits), `12 square kilometres`.
fn measure_end(toks: &[Token<'_>], c: &Core, j: usize) -> Option<usize> {
    let u = &toks[j];
    let unit_ok = c.digits || u.lower.len() > 2;
    let spelled = unit_ok
        && u.has(lexicon::MEASURE_UNIT)
        && c.kind != NumberKind::Money
        && !u.has(lexicon::AMBIGUOUS_UNIT);
    // `2.1m`, but not `)0v0(`.
    let letter = c.digits
        && !u.space_before
        && u.has(lexicon::LETTER_UNIT)
        && attached(toks, j).is_none_or(|n| n.kind != Kind::Num)
        || spaced_letter_unit(toks, c, j);
    if !(spelled || letter) {
        return squared_end(toks, c, j);
    }
    if u.has(lexicon::UNIT_MODIFIER) {
        return modified_unit(toks, j);
    }
    // `3 light years`, `4 light-years`
    if u.lower == "light" {
        let years_at = j + 1 + usize::from(attached(toks, j).is_some_and(|h| h.is_punct('-')));
        return toks
            .get(years_at)
            .filter(|y| matches!(y.lower, "years" | "year"))
            .map(|_| years_at);
    }
    // `2 kilowatt-hours`, `5 newton-metres`: a unit hyphenated to another.
    let compound = attached(toks, j).is_some_and(|h| h.is_punct('-'))
        && attached(toks, j + 1)
            .is_some_and(|w| w.is_word() && w.has(lexicon::MEASURE_UNIT | lexicon::TIME_UNIT));
    if compound {
        return Some(j + 2);
    }
    Some(squared_end(toks, c, j).unwrap_or(j))
}

/// A one-letter unit after a space where what follows says it is one:
/// `10 m long`, `3 m/s`, `250 g of flour`, `1.5 L`, `100 W`, `12 V`.
fn spaced_letter_unit(toks: &[Token<'_>], c: &Core, j: usize) -> bool {
    let u = &toks[j];
    if !(c.digits && u.space_before && c.kind != NumberKind::Money) {
        return false;
    }
    let next = toks.get(j + 1);
    let per = attached(toks, j).is_some_and(|p| p.is_punct('/'));
    match u.text {
        "L" | "W" | "V" | "kW" | "MW" | "GW" => true,
        "m" => per || next.is_some_and(|d| d.space_before && d.has(lexicon::DIMENSION)),
        "g" => next.is_some_and(|o| o.lower == "of"),
        _ => false,
    }
}

/// `100 m2`, `5 km²`, `3 m³`: a length squared or cubed, its power in the
/// unit's span.
pub(super) fn squared_end(toks: &[Token<'_>], c: &Core, j: usize) -> Option<usize> {
    let length = matches!(toks[j].lower, "m" | "km" | "cm" | "mm" | "ft" | "mi");
    let power = attached(toks, j).filter(|p| {
        p.is_punct('²') || p.is_punct('³') || p.kind == Kind::Num && matches!(p.text, "2" | "3")
    });
    let ends = attached(toks, j + 1).is_none_or(|t| !t.is_word() && t.kind != Kind::Num);
    (c.digits && length && power.is_some() && ends).then_some(j + 1)
}

/// `by the year two thousand`: a number in words after `year` is a year
/// (digits read as one already: `the year 2000`), unless a noun it counts
/// follows (`a year two thousand people died`).
pub(super) fn mark_named_year(toks: &[Token<'_>], c: &mut Core) {
    let named = c.first > 0 && toks[c.first - 1].lower == "year";
    let whole = c.value.fract() == 0.0 && (1000.0..=2100.0).contains(&c.value);
    let counts = toks
        .get(c.last + 1)
        .is_some_and(|t| t.is_lowercase_word() && !t.has(lexicon::FUNCTION_WORD));
    if named && whole && !counts && c.kind == NumberKind::Count && c.high.is_none() {
        c.kind = NumberKind::Year;
    }
}

/// `Maria Souza, 54, a teacher`, `The driver, 45, died`: a bare number
/// between commas after a name or a noun for a person is an age.
pub(super) fn mark_age(toks: &[Token<'_>], c: &mut Core) {
    // `patients aged 18 to 65`, `at the age of 24`, `at age 24`, `who
    // turned 17 on Saturday`, `aged between 18 and 25`
    let age_before = c.first > 0
        && matches!(
            toks[c.first - 1].lower,
            "aged" | "age" | "turned" | "turns" | "turn" | "turning"
        )
        || c.first > 1
            && matches!(
                (toks[c.first - 2].lower, toks[c.first - 1].lower),
                ("age" | "ages", "of") | ("aged", "between")
            );
    // (Not `the age of 50 people`.)
    let counts_after = toks
        .get(c.last + 1)
        .is_some_and(|t| t.is_lowercase_word() && !t.has(lexicon::FUNCTION_WORD));
    if c.kind == NumberKind::Count && age_before && !counts_after && c.value <= 130.0 {
        c.kind = NumberKind::Duration;
        return;
    }
    // `children under five`, `people over 65`: an age bound after people.
    let age_bound = c.first > 1
        && matches!(toks[c.first - 1].lower, "under" | "over")
        && names_people(&toks[c.first - 2]);
    if c.kind == NumberKind::Count && c.first == c.last && age_bound && c.value <= 130.0 {
        c.kind = NumberKind::Duration;
        return;
    }
    let person = |t: &Token<'_>| t.is_capitalized() || t.has(lexicon::PERSON_WORD);
    if c.kind == NumberKind::Count
        && c.first == c.last
        && c.first >= 2
        && is_apposed_age(toks, c.first)
        && person(&toks[c.first - 2])
    {
        c.kind = NumberKind::Duration;
    }
}

/// A plural of people (`children`, `voters`, `officials`) or `those`.
pub(super) fn names_people(t: &Token<'_>) -> bool {
    t.has(lexicon::IRREGULAR_PLURAL | lexicon::SOURCE_NOUN)
        || t.lower == "those"
        || t.lower.ends_with('s') && lexicon::is_person_word(&t.lower[..t.lower.len() - 1])
}

/// `, 54,` (or `, 54.` at the end): token `n` is a whole number from 1 to
/// 120 between commas, as news style gives a person's age after the name
/// (`sources::relays` asks it of a name, this module of a number).
pub(crate) fn is_apposed_age(toks: &[Token<'_>], n: usize) -> bool {
    n >= 1
        && toks[n - 1].is_punct(',')
        && toks
            .get(n)
            .and_then(int_of)
            .is_some_and(|v| (1..=120).contains(&v))
        && toks
            .get(n + 1)
            .is_none_or(|t| t.is_punct(',') || t.is_punct('.'))
}

/// `a few million in tax breaks`: an amount of money named by what it buys.
pub(super) fn money_by_noun(toks: &[Token<'_>], c: &mut Core) {
    if c.kind != NumberKind::Count
        || c.value < 1e3
        || toks.get(c.last + 1).is_none_or(|t| t.lower != "in")
    {
        return;
    }
    let scaled = toks[c.first..=c.last]
        .iter()
        .any(|t| word_scale(t).is_some());
    let noun = toks[c.last + 2..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && !t.has(lexicon::FUNCTION_WORD))
        .last();
    if scaled && noun.is_some_and(|n| n.has(lexicon::MONEY_NOUN)) {
        c.kind = NumberKind::Money;
    }
}
