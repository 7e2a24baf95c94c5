//! Parsing: digits, number words, dates, scores and ratios into a value
//! and a kind, before units, ranges and hedges are applied.

use super::*;

pub(super) fn parse_digits(s: &str) -> Option<(f64, bool)> {
    // `11,000` and `1,000,000.5` use thousands separators; `3,5` is a decimal comma.
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    if dots > 1 {
        // `1.234.567`, `1.000.000,5`: thousands grouped with full stops;
        // `1.2.3` is a section number or a version.
        return dot_grouped(s).map(|v| (v, false));
    }
    let plain = commas == 0 && dots == 0;
    let normalised: String = if commas > 0 {
        let groups: Vec<&str> = s.split([',', '.']).collect();
        let thousands = s
            .split(',')
            .skip(1)
            .all(|g| g.len() == 3 || g.len() > 3 && g.as_bytes()[3] == b'.');
        if thousands || is_lakh_grouped(s) {
            s.replace(',', "")
        } else if commas == 1 && dots == 0 && groups.len() == 2 {
            s.replace(',', ".")
        } else {
            return None;
        }
    } else {
        s.to_string()
    };
    normalised.parse::<f64>().ok().map(|v| (v, plain))
}

/// `1.234.567` and `1.000.000,5`: groups of three after full stops, with a
/// decimal comma at most.
fn dot_grouped(s: &str) -> Option<f64> {
    let (whole, decimals) = s.split_once(',').unwrap_or((s, ""));
    let mut groups = whole.split('.');
    let head = groups.next()?;
    let grouped = (1..=3).contains(&head.len()) && groups.all(|g| g.len() == 3);
    if !grouped || decimals.contains(['.', ',']) {
        return None;
    }
    let digits = whole.replace('.', "");
    let number = if decimals.is_empty() {
        digits
    } else {
        format!("{digits}.{decimals}")
    };
    number.parse().ok()
}

/// `1,50,000`, `12,34,56,789`: South Asian grouping (lakh, crore): the last
/// group of three, the ones before it of two.
fn is_lakh_grouped(s: &str) -> bool {
    let whole = s.split('.').next().unwrap_or(s);
    let groups: Vec<&str> = whole.split(',').collect();
    let Some((last, rest)) = groups.split_last() else {
        return false;
    };
    let Some((head, middle)) = rest.split_first() else {
        return false;
    };
    last.len() == 3
        && (1..=2).contains(&head.len())
        && !middle.is_empty()
        && middle.iter().all(|g| g.len() == 2)
}

pub(super) fn int_of(t: &Token<'_>) -> Option<u32> {
    if t.kind == Kind::Num && t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 9 {
        t.text.parse().ok()
    } else {
        None
    }
}

pub(super) fn is_year_digits(t: &Token<'_>) -> bool {
    t.text.len() == 4 && int_of(t).is_some_and(|y| (1000..=2100).contains(&y))
}

/// A sports score `1 – 0`: two counts.
pub(super) fn score(toks: &[Token<'_>], i: usize) -> Option<(Core, Core)> {
    let a = toks.get(i)?;
    let dash = toks.get(i + 1)?;
    let b = toks.get(i + 2)?;
    let (x, y) = (int_of(a)?, int_of(b)?);
    let spaced = dash.space_before && b.space_before;
    // `won 4-0`, `drew 1-1`, `voted 68-32`: written close up, a score or a
    // tally goes down or stays level, where a range (`10-12`) goes up.
    let close_up = !dash.space_before && !b.space_before && y <= x;
    // `won 3:1`, `a 2:1 ratio`: one digit after a colon is no clock time.
    // Not a reference after a name (`Psalm 23:1`).
    let after_name = i > 1 && toks[i - 1].is_capitalized() && toks[i - 1].is_word();
    let colon = dash.is_punct(':')
        && !dash.space_before
        && !b.space_before
        && b.text.len() == 1
        && !after_name;
    let is_dash = dash.is_punct('–') || dash.is_punct('—') || dash.is_punct('-');
    if !(is_dash && (spaced || close_up) || colon)
        || x >= 100
        || y >= 100
        || a.text.len() > 2
        || b.text.len() > 2
    {
        return None;
    }
    // `2-1-0`, `4-0-1`: a longer chain of figures is a code or a record
    // (a full stop only with a figure after it: `Germany won 2-1.` ends).
    let chained = |t: &Token<'_>| {
        t.is_punct('-')
            || t.is_punct('/')
            || t.is_punct('.') && attached(toks, i + 3).is_some_and(|n| n.kind == Kind::Num)
    };
    if close_up
        && toks
            .get(i + 3)
            .is_some_and(|t| !t.space_before && chained(t))
    {
        return None;
    }
    if i > 0 && !toks[i].space_before {
        return None;
    }
    // `2 – 3 years` is a range, not a score.
    // (`in` is a preposition here far more often than inches.)
    if toks.get(i + 3).is_some_and(|t| {
        t.has(lexicon::TIME_UNIT)
            || t.has(lexicon::MEASURE_UNIT) && t.lower != "in"
            || t.is_punct('%')
    }) {
        return None;
    }
    Some((
        core(i, i, x as f64, NumberKind::Count),
        core(i + 2, i + 2, y as f64, NumberKind::Count),
    ))
}

pub(super) fn parse_at(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let mut c = parse_unsigned(toks, i)?;
    if !c.digits {
        // `a thousand-plus`, `twenty or so` (digits took theirs already).
        hedge_suffix(toks, &mut c);
    }
    // `minus 7 degrees`, `negative five`: a sign written as a word.
    let signed = c.first > 0
        && matches!(toks[c.first - 1].lower, "minus" | "negative")
        && !matches!(c.kind, NumberKind::Year | NumberKind::Date)
        && c.value > 0.0
        && c.high.is_none();
    if signed {
        c.value = -c.value;
        c.first -= 1;
    }
    Some(c)
}

fn parse_unsigned(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    match t.kind {
        Kind::Word => parse_word(toks, i),
        Kind::Num => {
            let mut c = parse_num(toks, i, i, None)?;
            if let Some(sign) = minus_before(toks, i).filter(|_| c.kind != NumberKind::Year) {
                c.value = -c.value;
                c.first = sign;
            }
            Some(c)
        }
        Kind::Punct if t.is_punct('.') => leading_point(toks, i),
        Kind::Punct => {
            // `½ of the votes`
            if let Some(f) = words::vulgar_fraction(t.text) {
                return Some(core(i, i, f, NumberKind::Other));
            }
            // Currency symbols: `$3bn`, `€ 5`, `US$ 20`.
            if words::currency_symbol(t.text) {
                toks.get(i + 1).filter(|n| n.kind == Kind::Num)?;
                let mut c = parse_num(toks, i + 1, i, Some(NumberKind::Money))?;
                c.first = i;
                // `US$`: include the country prefix.
                if i > 0
                    && !t.space_before
                    && toks[i - 1].is_word()
                    && toks[i - 1].text.len() <= 3
                    && toks[i - 1].text.chars().all(char::is_uppercase)
                {
                    c.first = i - 1;
                }
                Some(c)
            } else {
                None
            }
        }
    }
}

/// `.5 percent`, `.38 calibre`: a decimal written without its zero, the
/// point after a space.
fn leading_point(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let digits = attached(toks, i).filter(|d| d.kind == Kind::Num && int_of(d).is_some())?;
    if i > 0 && !toks[i].space_before {
        return None;
    }
    let mut c = parse_num(toks, i + 1, i, None)?;
    let read_as_digits = c.first == i + 1
        && matches!(
            c.kind,
            NumberKind::Count | NumberKind::Percent | NumberKind::Measure | NumberKind::Money
        );
    if !read_as_digits {
        return None;
    }
    c.value /= 10f64.powi(digits.text.len() as i32);
    c.high = c.high.map(|h| h / 10f64.powi(digits.text.len() as i32));
    c.first = i;
    c.bare_int = false;
    Some(c)
}

/// `-5 degrees`, `fell to −3%`: a minus sign written close to the number
/// and apart from what comes before (`10-12` is a range, `- 5` a dash).
fn minus_before(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let sign = i.checked_sub(1)?;
    let t = &toks[sign];
    let apart = sign == 0 || t.space_before && toks[sign - 1].kind != Kind::Num;
    ((t.is_punct('-') || t.is_punct('−')) && !toks[i].space_before && apart).then_some(sign)
}

/// Dates that start with a month name, and numbers written as words.
/// Whether a number may begin at token `i`: digits, a sign or a symbol,
/// or a word that [`parse_word`] or [`ratio_at`] can open with. Most words
/// cannot, and asking first spares each of them every parser in turn
/// (this runs on every token of the text).
#[inline]
pub(super) fn may_open(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    match t.kind {
        Kind::Num => true,
        // `.5 percent`, `$3bn`; `½`, `€5`: of ASCII marks only these two.
        Kind::Punct => matches!(t.text, "." | "$") || !t.text.is_ascii(),
        Kind::Word => {
            t.has(lexicon::NUMBER_START | lexicon::MONTH | lexicon::CURRENCY_WORD)
                // `Rs 500` (`currency_code_before`), `AD 79`, `A.D. 1066`
                // (`era_before`)
                || t.is_capitalized() && matches!(t.text, "Rs" | "AD" | "A")
                || opens_ordinal_date(toks, i)
        }
    }
}

/// `the third of March`: an ordinal word that [`ordinal_word_date`] may
/// read (`twenty-first` opens with a number word).
fn opens_ordinal_date(toks: &[Token<'_>], i: usize) -> bool {
    of_or_hyphen_after(toks, i) && words::ordinal_day(toks[i].lower).is_some()
}

/// `of` or a hyphen after token `i`: what may follow the first word of a
/// day written as an ordinal (`third of`, `twenty-first`).
fn of_or_hyphen_after(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|o| o.lower == "of" || o.is_punct('-'))
}

pub(super) fn parse_word(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    if let Some(c) = currency_code_before(toks, i).or_else(|| era_before(toks, i)) {
        return Some(c);
    }
    if of_or_hyphen_after(toks, i) {
        if let Some(c) = ordinal_word_date(toks, i) {
            return Some(c);
        }
    }
    if !t.has(lexicon::NUMBER_START | lexicon::MONTH) {
        return None;
    }
    if t.is_capitalized() {
        if let Some(c) = month_date(toks, i) {
            return Some(c);
        }
        // A mid-sentence capitalised number word is a name (`Air Force One`).
        let opens = |p: &Token<'_>| p.is_punct('"') || p.is_punct('“') || p.is_punct('(');
        if i > 0 && !opens(&toks[i - 1]) {
            return None;
        }
    }
    match t.lower {
        // `a million dollars`, `a hundred miles`: the unit as after digits.
        "a" | "an" => after_article(toks, i).map(|mut c| {
            if c.kind == NumberKind::Count {
                apply_unit(toks, &mut c);
            }
            c
        }),
        "several" => {
            let s = toks.get(i + 1).and_then(vague_scale)?;
            Some(Core {
                bound: Bound::Approx,
                ..core(i, i + 1, s, NumberKind::Count)
            })
        }
        "half" => half(toks, i),
        "quarter" => quarter(toks, i),
        w if words::decade(w).is_some() => decade_in_words(toks, i),
        "eighteen" | "nineteen" => century_decade(toks, i).or_else(|| spelled_number(toks, i)),
        w => match words::vague_plural(w) {
            Some(v) => vague_plural(toks, i, v),
            None => spelled_number(toks, i),
        },
    }
}

/// `USD 5 million`, `EUR 20`, `Rs 500 crore`: a currency code written
/// before the amount.
fn currency_code_before(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    let upper_code = t.text.len() == 3
        && t.text.chars().all(|c| c.is_ascii_uppercase())
        && t.has(lexicon::CURRENCY_WORD);
    if !(upper_code || t.text == "Rs") {
        return None;
    }
    // `Rs. 5 lakh`: the abbreviation's full stop.
    let n_at = if t.text == "Rs" && attached(toks, i).is_some_and(|d| d.is_punct('.')) {
        i + 2
    } else {
        i + 1
    };
    toks.get(n_at)
        .filter(|n| n.kind == Kind::Num && n.space_before)?;
    let mut c = parse_num(toks, n_at, i, Some(NumberKind::Money))?;
    c.first = i;
    Some(c)
}

/// `AD 79`, `A.D. 1066`: a year after its era.
fn era_before(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let year_at = match toks[i].text {
        "AD" => i + 1,
        _ if dotted_letters(toks, i, "A", "D") => i + 4,
        _ => return None,
    };
    let year = toks.get(year_at).filter(|n| {
        n.kind == Kind::Num
            && n.space_before
            && n.text.len() <= 4
            && n.text.bytes().all(|b| b.is_ascii_digit())
    })?;
    let value = year.text.parse().ok()?;
    Some(core(i, year_at, value, NumberKind::Year))
}

/// The scale a vague quantity counts in: `several thousand`, `a few
/// million`, `a few dozen` (12, as `dozens` is).
fn vague_scale(t: &Token<'_>) -> Option<f64> {
    word_scale(t).or_else(|| (t.lower == "dozen").then_some(12.0))
}

/// `a dozen`, `a couple`, `a few million`, `a third`, `a hundred`.
fn after_article(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let n = toks.get(i + 1)?;
    match n.lower {
        "dozen" => Some(core(i, i + 1, 12.0, NumberKind::Count)),
        "couple" => {
            // `a couple of hundred`, `a couple hundred`
            let of = toks.get(i + 2).is_some_and(|t| t.lower == "of");
            let scale_at = if of { i + 3 } else { i + 2 };
            let scale = toks.get(scale_at).and_then(word_scale);
            let (value, last) = scale.map_or((2.0, i + 1), |s| (2.0 * s, scale_at));
            Some(Core {
                bound: Bound::Approx,
                ..core(i, last, value, NumberKind::Count)
            })
        }
        // `a half million` (500,000), `a half of the seats`; not `a
        // half-hour` (a compound) or `an hour and a half` (read there).
        "half" if attached(toks, i + 1).is_none_or(|h| !h.is_punct('-')) => {
            let of_or_scale = toks
                .get(i + 2)
                .is_some_and(|n| n.lower == "of" || word_scale(n).is_some_and(|s| s >= 1e3));
            if !of_or_scale || i > 0 && toks[i - 1].lower == "and" {
                return None;
            }
            let (value, last) = scaled(toks, 0.5, i + 1);
            let kind = if last > i + 1 {
                NumberKind::Count
            } else {
                NumberKind::Other
            };
            Some(core(i, last, value, kind))
        }
        "few" | "several" => {
            let s = toks.get(i + 2).and_then(vague_scale)?;
            Some(Core {
                bound: Bound::Approx,
                ..core(i, i + 2, s, NumberKind::Count)
            })
        }
        "hundred" | "thousand" | "million" | "billion" | "trillion" => {
            // `a hundred and fifty`, `a thousand`, `a million and a half`
            let (mut value, mut last) = scaled(toks, 1.0, i);
            if let Some((part, end)) = and_a_fraction(toks, last).filter(|_| last == i + 1) {
                (value, last) = (value * (1.0 + part), end);
            }
            Some(core(i, last, value, NumberKind::Count))
        }
        // `a year and a half`, `an hour and a half`, `a mile and a half`:
        // one unit and a fraction (`a year` alone is no figure).
        w if lexicon::time_unit(w) || lexicon::measure_unit(w) => {
            let (part, last) = and_a_fraction(toks, i + 1)?;
            let kind = if lexicon::time_unit(w) {
                NumberKind::Duration
            } else {
                NumberKind::Measure
            };
            Some(core(i, last, 1.0 + part, kind))
        }
        w if w != "half" && !w.ends_with('s') && words::fraction_denominator(w).is_some() => {
            // `a third of the budget`, `a tenth of a second`, but `a third
            // goal` is an ordinal, and so are `a fifth has been ...` and
            // `an eighth grader`: past third and quarter, only before `of`.
            let f = 1.0 / words::fraction_denominator(w)?;
            // `a quarter million`
            let of_scale = fraction_of_scale(toks, core(i, i + 1, f, NumberKind::Other));
            if of_scale.kind == NumberKind::Count {
                return Some(of_scale);
            }
            let next = toks.get(i + 2);
            if next.is_some_and(|x| x.is_word() && !x.has(lexicon::FUNCTION_WORD))
                || !matches!(w, "third" | "quarter") && next.is_none_or(|x| x.lower != "of")
            {
                return None;
            }
            Some(of_a_scale(toks, core(i, i + 1, f, NumberKind::Other)))
        }
        _ => None,
    }
}

/// `half` as a number, but not `first half`, `the half`, `half-time`.
fn half(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let prev = i.checked_sub(1).map(|p| toks[p].lower);
    if matches!(prev, Some("first" | "second" | "the" | "a" | "-"))
        || attached(toks, i).is_some_and(|n| n.is_punct('-'))
    {
        return None;
    }
    let c = fraction_of_scale(toks, core(i, i, 0.5, NumberKind::Other));
    Some(half_a_unit(toks, &c).unwrap_or(c))
}

/// `half a kilogram`, `half an hour`: half of one unit, a measure or a
/// duration with the unit in its span.
fn half_a_unit(toks: &[Token<'_>], c: &Core) -> Option<Core> {
    let article = toks
        .get(c.last + 1)
        .is_some_and(|a| matches!(a.lower, "a" | "an"));
    if c.last != c.first || !article {
        return None;
    }
    let unit = toks.get(c.last + 2)?;
    let kind = if unit.has(lexicon::TIME_UNIT) {
        NumberKind::Duration
    } else if unit.has(lexicon::MEASURE_UNIT) && unit.is_lowercase_word() {
        NumberKind::Measure
    } else {
        return None;
    };
    Some(core(c.first, c.last + 2, c.value, kind))
}

/// `quarter` without an article is a number only before a scale word
/// (`quarter million`); elsewhere it is a period or a district.
fn quarter(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let c = fraction_of_scale(toks, core(i, i, 0.25, NumberKind::Other));
    (c.kind == NumberKind::Count && !(i > 0 && toks[i - 1].lower == "a")).then_some(c)
}

/// A fraction before a scale word, with or without `a` or `of a` between:
/// `half million`, `half a million`, `a quarter of a million`.
fn fraction_of_scale(toks: &[Token<'_>], fraction: Core) -> Core {
    let scale = toks
        .get(fraction.last + 1)
        .and_then(word_scale)
        .filter(|s| *s >= 1e3);
    match scale {
        Some(s) => Core {
            bound: fraction.bound,
            ..core(
                fraction.first,
                fraction.last + 1,
                fraction.value * s,
                NumberKind::Count,
            )
        },
        None => of_a_scale(toks, fraction),
    }
}

/// A fraction of a scale word is a count: `half a million` (500,000), `a
/// quarter of a million`, `three-quarters of a billion`, the words joined
/// by hyphens or not (`a quarter-of-a-million`); a fraction of a percent
/// is a percentage (`a quarter of a percent`, `half a percentage point`).
fn of_a_scale(toks: &[Token<'_>], fraction: Core) -> Core {
    let next = |k: usize| next_word_at(toks, k);
    let at = |k: usize| toks.get(k).map(|t| t.lower);
    let first = next(fraction.last);
    let scale_at = match (at(first), at(next(first))) {
        (Some("a"), _) => next(first),
        (Some("of"), Some("a")) => next(next(first)),
        _ => return fraction,
    };
    let Some(t) = toks.get(scale_at) else {
        return fraction;
    };
    if let Some(last) = units::percent_end(toks, scale_at) {
        return Core {
            bound: fraction.bound,
            ..core(fraction.first, last, fraction.value, NumberKind::Percent)
        };
    }
    // `half a dozen` (6) counts as a scale does.
    let scale = if t.lower == "dozen" {
        Some(12.0)
    } else {
        word_scale(t).filter(|s| *s >= 1e3)
    };
    let Some(s) = scale else {
        return fraction;
    };
    // `half a million dollars`: the unit as after any count.
    let mut c = Core {
        bound: fraction.bound,
        ..core(
            fraction.first,
            scale_at,
            fraction.value * s,
            NumberKind::Count,
        )
    };
    apply_unit(toks, &mut c);
    c
}

/// `hundreds`, `thousands`; `tens of thousands`, `hundreds of millions`.
fn vague_plural(toks: &[Token<'_>], i: usize, v: f64) -> Option<Core> {
    if toks.get(i + 1).is_some_and(|x| x.lower == "of") {
        let scale = toks
            .get(i + 2)
            .and_then(|x| words::vague_plural(x.lower))
            .filter(|&s| s >= 1e3);
        if let Some(s) = scale {
            return Some(Core {
                bound: Bound::Approx,
                ..core(i, i + 2, v * s, NumberKind::Count)
            });
        }
    }
    // `tens` alone is no number; `scores` is one only as `scores of` a
    // plural (`scores of people`), not `the scores of the students`.
    let of_what = toks
        .get(i + 2)
        .filter(|_| toks.get(i + 1).is_some_and(|x| x.lower == "of"));
    let scores_of =
        of_what.is_some_and(|w| w.is_lowercase_word() && !w.has(lexicon::FUNCTION_WORD));
    if toks[i].lower == "tens" || toks[i].lower == "scores" && !scores_of {
        return None;
    }
    Some(Core {
        bound: Bound::Approx,
        ..core(i, i, v, NumberKind::Count)
    })
}

/// `five`, `twenty-five`, `two-thirds`, `three quarters`, `five hundred
/// thousand`, `two thousand five hundred`, `one hundred and twenty-three`,
/// `three dozen`, `one and a half million`; a lone `one` only where it counts.
fn spelled_number(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let (mut value, mut last) = below_hundred(toks, i)?;
    if let Some(year) = spoken_year(toks, i, last, value) {
        return Some(year);
    }
    if let Some(c) = fraction_after(toks, i, last, value) {
        return Some(of_a_scale(toks, c));
    }
    // `zero point five`, `two point three five`
    let decimals = point_decimals(toks, last);
    if let Some((part, end)) = decimals {
        value += part;
        last = end;
    } else if matches!(toks[i].lower, "nought" | "naught") {
        // `nought point five` is a number, `all for naught` is not.
        return None;
    }
    // `one and a half million`, `two and a half`
    if let Some((part, end)) = and_a_fraction(toks, last) {
        value += part;
        last = end;
    }
    let (mut value, mut last) = scaled(toks, value, last);
    // `five hundred and twelve point six`
    if let Some((part, end)) = point_decimals(toks, last).filter(|_| decimals.is_none()) {
        value += part;
        last = end;
    }
    // `ten to the power of five`
    if let Some((power, end)) = power_in_words(toks, last) {
        value = value.powi(power);
        last = end;
    }
    if toks[i].lower == "one" && last == i && !one_counts(toks, i) {
        return None;
    }
    let mut c = core(i, last, value, NumberKind::Count);
    apply_unit(toks, &mut c);
    Some(c)
}

/// A number below a hundred in words at `i`, and its last token: `seven`,
/// `twenty-five`, `twenty five`.
fn below_hundred(toks: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    let w = toks[i].lower;
    let value = words::small_number(w)?;
    if !lexicon::is_tens(w) {
        return Some((value, i));
    }
    let unit_at = |k: usize| {
        toks.get(k)
            .filter(|u| u.is_lowercase_word())
            .and_then(|u| words::small_number(u.lower))
            .filter(|&v| (1.0..10.0).contains(&v))
    };
    match attached(toks, i) {
        // `twenty-first` is an ordinal word, no number (CLAIMS.md).
        Some(h)
            if h.is_punct('-')
                && attached(toks, i + 1).is_some_and(|o| words::ordinal_word(o.lower)) =>
        {
            None
        }
        // `twenty-five`
        Some(h) if h.is_punct('-') => match unit_at(i + 2).filter(|_| !toks[i + 2].space_before) {
            Some(u) => Some((value + u, i + 2)),
            None => Some((value, i)),
        },
        // `the twenty first century`: an ordinal word written apart; not
        // `twenty first responders`, which counts.
        None if spaced_ordinal_after(toks, i) => None,
        // `twenty five`
        None => match unit_at(i + 1) {
            Some(u) => Some((value + u, i + 1)),
            None => Some((value, i)),
        },
        Some(_) => Some((value, i)),
    }
}

/// The tens word at `i` and an ordinal word after it make one ordinal
/// (`twenty first`), unless a plural or a hyphen follows the ordinal
/// (`twenty first responders`, `twenty first-time buyers`).
fn spaced_ordinal_after(toks: &[Token<'_>], i: usize) -> bool {
    let ordinal = toks
        .get(i + 1)
        .is_some_and(|o| o.is_lowercase_word() && words::ordinal_word(o.lower));
    let counted_after = toks
        .get(i + 2)
        .is_some_and(|n| n.is_punct('-') || n.is_word() && super::nouns::is_plural_noun(n.lower));
    ordinal && !counted_after
}

/// `nineteen eighty-four`, `twenty twenty-one`: a year said as two numbers
/// (eleven to twenty, then ten to ninety-nine), not a count and a count.
fn spoken_year(toks: &[Token<'_>], i: usize, last: usize, century: f64) -> Option<Core> {
    if last != i || !(11.0..=20.0).contains(&century) {
        return None;
    }
    toks.get(i + 1)
        .filter(|n| n.space_before && n.is_lowercase_word())?;
    let (rest, end) = below_hundred(toks, i + 1)?;
    let compound_after = attached(toks, end).is_some_and(|h| h.is_punct('-'));
    let scale_after = toks.get(end + 1).and_then(word_scale).is_some();
    if rest < 10.0 || compound_after || scale_after {
        return None;
    }
    Some(core(i, end, century * 100.0 + rest, NumberKind::Year))
}

/// `the eighties`, `in her early thirties`: a decade in words, as a year
/// after `the`, as an age after a person's possessive.
fn decade_in_words(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let decade = words::decade(toks[i].lower)?;
    match decade_owner(toks, i) {
        Some("the") => Some(core(i, i, 1900.0 + decade, NumberKind::Year)),
        Some(_) => Some(core(i, i, decade, NumberKind::Duration)),
        None => None,
    }
}

/// `the nineteen-sixties`, `the eighteen nineties`: a decade with its
/// century in words.
fn century_decade(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let century = if toks[i].lower == "eighteen" {
        1800.0
    } else {
        1900.0
    };
    let at = next_word_at(toks, i);
    let decade = words::decade(toks.get(at)?.lower)?;
    Some(core(i, at, century + decade, NumberKind::Year))
}

/// `'90s` and `the 90s` are the 1990s (`'10s` the 2010s); `in her 30s` is
/// an age, and keeps its value.
fn two_digit_decade(toks: &[Token<'_>], i: usize, mut c: Core) -> Core {
    if c.kind != NumberKind::Year || toks[i].text.len() != 2 {
        return c;
    }
    let apostrophe = i
        .checked_sub(1)
        .filter(|&a| (toks[a].is_punct('\'') || toks[a].is_punct('’')) && !toks[i].space_before);
    if apostrophe.is_none() && decade_owner(toks, i).is_some_and(|w| w != "the") {
        c.kind = NumberKind::Duration;
        return c;
    }
    c.value += if c.value < 20.0 { 2000.0 } else { 1900.0 };
    if let Some(a) = apostrophe {
        c.first = a;
    }
    c
}

/// The determiner of a decade at `i`, past `early`, `mid-` or `late`:
/// `the` or a person's possessive (`his`, `their`).
fn decade_owner<'a>(toks: &[Token<'a>], i: usize) -> Option<&'a str> {
    let mut k = i.checked_sub(1)?;
    if toks[k].is_punct('-') && k > 0 && toks[k - 1].lower == "mid" {
        k -= 1;
    }
    if matches!(toks[k].lower, "early" | "mid" | "late") {
        k = k.checked_sub(1)?;
    }
    let owner = toks[k].lower;
    matches!(
        owner,
        "the" | "his" | "her" | "their" | "my" | "your" | "our"
    )
    .then_some(owner)
}

/// `1⁄2`, `3⁄4`: a fraction written with the fraction slash.
fn fraction_slash(toks: &[Token<'_>], i: usize, value: f64) -> Option<Core> {
    let denominator = attached(toks, i + 1)
        .filter(|d| d.kind == Kind::Num)
        .and_then(int_of)
        .filter(|&d| d > 0)?;
    Some(Core {
        digits: true,
        ..core(i, i + 2, value / f64::from(denominator), NumberKind::Other)
    })
}

/// `point five`, `point three five` after a number in words: the decimals
/// and their last token.
fn point_decimals(toks: &[Token<'_>], last: usize) -> Option<(f64, usize)> {
    toks.get(last + 1).filter(|t| t.lower == "point")?;
    let (mut value, mut scale, mut end) = (0.0, 0.1, last + 1);
    while let Some(d) = toks
        .get(end + 1)
        .and_then(|t| words::small_number(t.lower))
        .filter(|d| *d < 10.0)
    {
        value += d * scale;
        scale /= 10.0;
        end += 1;
    }
    (end > last + 1).then_some((value, end))
}

/// `and a half`, `and a quarter`, `and three quarters`, `and one-half`
/// after a number (or joined to it: `seven-and-a-half`): the part it adds
/// and its last token.
fn and_a_fraction(toks: &[Token<'_>], last: usize) -> Option<(f64, usize)> {
    let joined = hyphened_word(toks, last).is_some_and(|w| w.lower == "and");
    // The word after token `k`: past a hyphen when the words are joined.
    let next = |k: usize| -> Option<usize> {
        if joined {
            hyphened_word(toks, k).map(|_| k + 2)
        } else {
            (k + 1 < toks.len()).then_some(k + 1)
        }
    };
    let and = next(last).filter(|&k| toks[k].lower == "and")?;
    let numerator_at = next(and)?;
    let numerator = &toks[numerator_at];
    let value = if numerator.lower == "a" {
        1.0
    } else {
        words::small_number(numerator.lower).filter(|v| (1.0..10.0).contains(v))?
    };
    // `and one-half`, `and three-quarters`
    let hyphen = !joined
        && numerator.lower != "a"
        && attached(toks, numerator_at).is_some_and(|h| h.is_punct('-'));
    let at = if hyphen {
        hyphened_word(toks, numerator_at).map(|_| numerator_at + 2)?
    } else {
        next(numerator_at)?
    };
    let denominator = &toks[at];
    // `and a half`, `and one third`, but `and two thirds`.
    let singular = !denominator.lower.ends_with('s');
    if singular != (value == 1.0) {
        return None;
    }
    let d = words::fraction_denominator(denominator.lower).filter(|&d| value < d)?;
    Some((value / d, at))
}

/// Scale words after a number, and the smaller numbers between them:
/// `five hundred thousand` (500,000), `two thousand five hundred` (2,500),
/// `one hundred and twenty-three` (123), `three dozen` (36). `value` is the
/// number read so far, ending at token `last`; returns the whole and its
/// last token.
fn scaled(toks: &[Token<'_>], value: f64, mut last: usize) -> (f64, usize) {
    let (mut total, mut current) = (0.0, value);
    let mut after_scale = false;
    while let Some(t) = toks.get(last + 1) {
        // `three dozen`, and `three dozens` as some write it.
        let dozen = matches!(t.lower, "dozen") || t.lower == "dozens" && !after_scale;
        // `one-hundred`, `two-thousand`: a scale joined by a hyphen.
        if let Some(s) = hyphened_word(toks, last).and_then(word_scale) {
            (total, current) = add_scale(total, current, s);
            last += 2;
            after_scale = true;
            continue;
        }
        let scale = word_scale(t)
            .or_else(|| dozen.then_some(12.0))
            .or_else(|| (!after_scale).then(|| plural_scale(toks, last)).flatten());
        if let Some(s) = scale {
            (total, current) = add_scale(total, current, s);
            last += 1;
            after_scale = true;
            continue;
        }
        // A smaller number after a scale word, perhaps after `and`.
        let k = if t.lower == "and" { last + 2 } else { last + 1 };
        let smaller = toks
            .get(k)
            .filter(|n| after_scale && n.is_lowercase_word())
            .and_then(|_| below_hundred(toks, k));
        match smaller {
            Some((v, end)) => {
                current += v;
                last = end;
                after_scale = false;
            }
            None => break,
        }
    }
    (total + current, last)
}

/// `three millions`, `5,5 millions of euros`, as some write them: a plural
/// scale word right after the number ending at `last`; not after a year
/// (`in 2020 millions lost`, a vague plural of its own).
fn plural_scale(toks: &[Token<'_>], last: usize) -> Option<f64> {
    let word = toks.get(last + 1)?.lower.strip_suffix('s')?;
    let scale = words::scale(word).filter(|&s| s >= 1e3 && word.len() > 2)?;
    let number = &toks[last];
    let year = number.text.len() == 4 && number.text.bytes().all(|b| b.is_ascii_digit());
    (!year).then_some(scale)
}

/// The running sums of `scaled` after a scale word `s`: a scale of a
/// thousand or more closes a group (`five hundred thousand`).
fn add_scale(total: f64, current: f64, s: f64) -> (f64, f64) {
    if s >= 1e3 {
        (total + current * s, 0.0)
    } else {
        (total, current * s)
    }
}

/// `two-thirds`, `three-quarters`, `three quarters of the dead`, `two thirds`:
/// the number `i..=last` (worth `value`) as the numerator of a fraction.
fn fraction_after(toks: &[Token<'_>], i: usize, last: usize, value: f64) -> Option<Core> {
    if let (Some(h), Some(f)) = (attached(toks, last), toks.get(last + 2)) {
        // (`one-fifth`, `one-tenth`: singular after one.)
        let plural_or_single =
            f.lower.ends_with('s') || f.lower == "third" || f.lower == "quarter" || value == 1.0;
        if h.is_punct('-') && !f.space_before {
            if let Some(d) = words::fraction_denominator(f.lower).filter(|_| plural_or_single) {
                return Some(core(i, last + 2, value / d, NumberKind::Other));
            }
        }
    }
    // `two thirds`, `three tenths`; `one third`, `one fifth` (singular after
    // one), but `in one quarter` is a period of time and `one half` a side:
    // `quarter` and `half` need `of`.
    let after = toks.get(last + 2);
    let f = toks.get(last + 1).filter(|f| {
        f.lower.ends_with('s') && (2.0..10.0).contains(&value)
            || value == 1.0
                && i == last
                && !matches!(f.lower, "half" | "quarter")
                && !f.lower.ends_with('s')
            // `one half of voters`, `one quarter of the budget`.
            || value == 1.0
                && matches!(f.lower, "half" | "quarter")
                && after.is_some_and(|n| n.lower == "of")
    })?;
    let ends = after.is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD));
    let d = words::fraction_denominator(f.lower).filter(|_| ends)?;
    Some(core(i, last + 1, value / d, NumberKind::Other))
}

/// `one in five`, `nine out of 10`, `one in every three`, `one over
/// three`: a share, written as a fraction (`other`, with its decimal
/// value), one mention.
pub(super) fn ratio_at(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let small = |t: &Token<'_>| match t.kind {
        Kind::Word if t.has(lexicon::NUMBER_START) => words::small_number(t.lower),
        Kind::Num => int_of(t).map(f64::from),
        _ => None,
    };
    let x = small(&toks[i])?;
    // `one over three`, spoken: number words on both sides only (`won 2
    // over 3 rivals` stays two counts).
    let spoken_over = toks[i].is_word() && toks.get(i + 2).is_some_and(|t| t.is_word());
    // `a one-in-three chance`: the same, hyphenated.
    let hyphenated = hyphened_word(toks, i).is_some_and(|w| w.lower == "in")
        && hyphened_word(toks, i + 2).is_some();
    let mut y_at = match (toks.get(i + 1)?.lower, toks.get(i + 2).map(|t| t.lower)) {
        _ if hyphenated => i + 4,
        ("in", _) => i + 2,
        ("out", Some("of")) => i + 3,
        ("over", _) if spoken_over => i + 2,
        _ => return None,
    };
    // `one in every five`, `one out of every three`
    if toks.get(y_at).is_some_and(|t| t.lower == "every") {
        y_at += 1;
    }
    let y = small(toks.get(y_at)?)?;
    // `5 in 10 days` is a count and a duration.
    if toks
        .get(y_at + 1)
        .is_some_and(|t| t.has(lexicon::TIME_UNIT | lexicon::MEASURE_UNIT) || t.is_punct('%'))
    {
        return None;
    }
    if !(x >= 1.0 && x < y && y <= 1000.0) || i > 0 && toks[i - 1].is_punct('-') {
        return None;
    }
    Some(core(i, y_at, x / y, NumberKind::Other))
}

/// `one` is a count only before what it counts (`one Malaysian`), not in
/// `one of the`, `one another`, `one such`, `the one that`.
pub(super) fn one_counts(toks: &[Token<'_>], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| toks[p].lower);
    // `minus one`, `negative one`: a signed number; `only one.`, `more
    // than one,`: a count whose noun is elided.
    if matches!(prev, Some("minus" | "negative")) {
        return true;
    }
    let ends_clause = toks.get(i + 1).is_none_or(|n| n.kind == Kind::Punct);
    if ends_clause && matches!(prev, Some("only" | "just" | "than" | "exactly")) {
        return true;
    }
    // `one or two`, `one to three`: the low end of a range.
    let range_low = matches!(toks.get(i + 1).map(|t| t.lower), Some("or" | "to"))
        && toks
            .get(i + 2)
            .is_some_and(|t| words::small_number(t.lower).is_some());
    if range_low {
        return true;
    }
    if matches!(
        prev,
        Some(
            "the"
                | "this"
                | "that"
                | "no"
                | "any"
                | "each"
                | "every"
                | "which"
                | "someone"
                | "anyone"
        )
    ) {
        return false;
    }
    match toks.get(i + 1) {
        Some(n) if n.is_word() => {
            !n.has(lexicon::ONE_NOT_COUNTING) && !n.has(lexicon::FUNCTION_WORD)
        }
        _ => false,
    }
}

/// `October 4, 2008`, `February 2022`, `June 28`, `April 29th`.
pub(super) fn month_date(toks: &[Token<'_>], i: usize) -> Option<Core> {
    lexicon::month(toks[i].lower)?;
    // `March-April 2015`: a range of months, read on to the second.
    let month_range = hyphened_word(toks, i).is_some_and(|m| lexicon::month(m.lower).is_some());
    let m = if month_range { i + 2 } else { i };
    // `Jan. 2019`: an abbreviated month's full stop.
    let n_at = if toks[m].lower.len() <= 4 && attached(toks, m).is_some_and(|d| d.is_punct('.')) {
        m + 2
    } else {
        m + 1
    };
    // `January the 5th`
    let n_at = if toks.get(n_at).is_some_and(|t| t.lower == "the") && ordinal_after(toks, n_at + 1)
    {
        n_at + 1
    } else {
        n_at
    };
    // `March of 2019`, `June, 2015`
    let n_at = if toks
        .get(n_at)
        .is_some_and(|t| t.lower == "of" || t.is_punct(','))
        && toks.get(n_at + 1).is_some_and(is_year_digits)
    {
        n_at + 1
    } else {
        n_at
    };
    // `Jan. '20`
    if let Some(year) = apostrophe_year(toks, n_at + 1).filter(|y| y.first == n_at) {
        return Some(Core {
            first: i,
            kind: NumberKind::Date,
            ..year
        });
    }
    // `May` and `March` are words too: need a number right after.
    let n = toks.get(n_at).filter(|n| n.space_before)?;
    let v = int_of(n)?;
    if is_year_digits(n) {
        let mut c = core(i, n_at, v as f64, NumberKind::Date);
        c.digits = true;
        return Some(c);
    }
    if !(1..=31).contains(&v) || n.text.len() > 2 || month_range {
        return None;
    }
    let mut last = n_at;
    if ordinal_after(toks, last) {
        last += 1;
    }
    let mut c = match year_after(toks, last) {
        Some((year, year_at)) => core(i, year_at, year, NumberKind::Date),
        None => core(i, last, v as f64, NumberKind::Date),
    };
    c.digits = true;
    Some(c)
}

/// `'19`, `’69`: a year by its last two digits after an apostrophe (at
/// token `i`), read in the century that puts it at most a few years ahead.
pub(super) fn apostrophe_year(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = toks
        .get(i)
        .filter(|t| t.kind == Kind::Num && t.text.len() == 2)?;
    let is_apostrophe = |t: &Token<'_>| t.text == "'" || t.text == "’";
    let a = i
        .checked_sub(1)
        .filter(|&a| is_apostrophe(&toks[a]) && toks[a].space_before && !t.space_before)?;
    // `'90s` is a decade; `'19'` a quoted number.
    if attached(toks, i).is_some_and(|n| n.is_word() || is_apostrophe(n)) {
        return None;
    }
    // `’13 Hours’`: a single quote that a later one closes opens a title.
    let closing = |k: usize| {
        is_apostrophe(&toks[k])
            && !toks[k].space_before
            && attached(toks, k).is_none_or(|n| !n.is_word())
    };
    if (i + 1..toks.len().min(i + 10)).any(closing) {
        return None;
    }
    let v = f64::from(int_of(t)?);
    let century = if v <= 30.0 { 2000.0 } else { 1900.0 };
    Some(Core {
        digits: true,
        ..core(a, i, century + v, NumberKind::Year)
    })
}

/// The number at `i` has an ordinal ending attached: `5th`, `21st`.
fn ordinal_after(toks: &[Token<'_>], i: usize) -> bool {
    attached(toks, i).is_some_and(|s| matches!(s.lower, "st" | "nd" | "rd" | "th"))
}

/// The year that ends a date whose day ends at `last`: `, 2008` or ` 2008`;
/// its value and token.
pub(super) fn year_after(toks: &[Token<'_>], last: usize) -> Option<(f64, usize)> {
    let year_at = if toks.get(last + 1).is_some_and(|c| c.is_punct(',')) {
        last + 2
    } else {
        last + 1
    };
    let y = toks.get(year_at).filter(|y| is_year_digits(y))?;
    Some((f64::from(int_of(y)?), year_at))
}

/// A number written with digits starting at token `i`. `money` is set when a
/// currency symbol came before it.
pub(super) fn parse_num(
    toks: &[Token<'_>],
    i: usize,
    _first: usize,
    money: Option<NumberKind>,
) -> Option<Core> {
    let t = &toks[i];
    if let Some(when) = money.is_none().then(|| a_time(toks, i)).flatten() {
        return Some(when);
    }
    let (value, plain) = parse_digits(t.text)?;
    if let Some(year) = money.is_none().then(|| apostrophe_year(toks, i)).flatten() {
        return Some(year);
    }
    if money.is_none() && plain {
        if let Some(date) = day_first_date(toks, i, value) {
            return Some(date);
        }
    }
    if let Some(date) = iso_date(toks, i) {
        return Some(date);
    }
    // Attached punctuation: `10/1/2008`, `3/5`, `00:37` (`45%` is a unit, later).
    match attached(toks, i) {
        // (`$5/hour`: a rate's slash before a word reads on as no date.)
        Some(p) if p.is_punct('/') && plain && attached(toks, i + 1).is_some_and(Token::is_num) => {
            return slashed(toks, i, value)
        }
        // U+2044, the fraction slash: `1⁄2` is never a date.
        Some(p) if p.is_punct('⁄') && plain => return fraction_slash(toks, i, value),
        Some(p) if p.is_punct(':') && plain && t.text.len() <= 2 => {
            return clock_time(toks, i, value)
        }
        _ => {}
    }
    let mut c = core(i, i, value, money.unwrap_or(NumberKind::Count));
    c.digits = true;
    c.bare_int = plain;
    if let Some(settled) = settled_by_suffix(toks, i, c.clone()) {
        return Some(settled);
    }
    let grouped = space_grouped(toks, i).or_else(|| apostrophe_grouped(toks, i));
    if let Some((grouped, last)) = grouped.filter(|_| plain) {
        c.value = grouped;
        c.last = last;
    }
    // A whole of three digits at most: `2019 1/3 of voters` is a year and a share.
    if let Some((part, last)) = mixed_fraction(toks, i).filter(|_| plain && value < 1000.0) {
        c.value += part;
        c.last = last;
        c.bare_int = false;
    } else if let Some((part, last)) = and_a_fraction(toks, i).filter(|_| plain) {
        // `2 and a half pounds`, `3 and a quarter million`.
        c.value += part;
        c.last = last;
        c.bare_int = false;
    }
    // `100m²`, `5km2`: square metres, not millions.
    if let Some(last) = attached(toks, i).and_then(|_| units::squared_end(toks, &c, i + 1)) {
        c.kind = NumberKind::Measure;
        c.last = last;
        c.bare_int = false;
        return Some(c);
    }
    if let Some(s) = attached(toks, i).filter(|s| s.is_word()) {
        match attached_letters(t, s, toks.get(i + 2), &mut c, plain) {
            Letters::Done => return Some(two_digit_decade(toks, i, c)),
            Letters::Code => return None,
            Letters::More => {}
        }
    }
    Some(what_follows_digits(toks, i, c, plain))
}

/// What the words after the digits `i` make of the number `c`: scale words
/// after a space (`1.2 million`, `3 billion`), a unit, `+`, an era; a bare
/// four-digit number read as a year. `plain`: the digits alone are an integer.
fn what_follows_digits(toks: &[Token<'_>], i: usize, mut c: Core, plain: bool) -> Core {
    // `a $1.5-billion deal`, `a 2-million-strong crowd`: a scale hyphened on.
    let hyphened_scale = hyphened_word(toks, c.last)
        .and_then(word_scale)
        .filter(|&s| s >= 1e3);
    if let Some(s) = hyphened_scale {
        c.value = times_scale(c.value, s);
        c.last += 2;
        c.bare_int = false;
    }
    let first_word = c.last + 1;
    let mut j = first_word;
    // After a currency sign a letter scale may stand apart: `$10 m`, `£3 bn`.
    let money = c.kind == NumberKind::Money;
    while let Some(s) = toks
        .get(j)
        .filter(|s| s.space_before && s.is_word())
        .and_then(|s| {
            word_scale(s)
                .or_else(|| words::scale(s.lower).filter(|_| money))
                // `3 dozen eggs`
                .or_else(|| (s.lower == "dozen").then_some(12.0))
                .or_else(|| {
                    (j == first_word)
                        .then(|| plural_scale(toks, j - 1))
                        .flatten()
                })
        })
    {
        c.value = times_scale(c.value, s);
        c.last = j;
        c.bare_int = false;
        j += 1;
    }
    apply_unit(toks, &mut c);
    hedge_suffix(toks, &mut c);
    if let Some(last) = era_end(toks, c.last).filter(|_| plain && c.last == i) {
        c.kind = NumberKind::Year;
        c.last = last;
        return c;
    }
    if c.kind == NumberKind::Count
        && plain
        && c.last == i
        && is_year_digits(&toks[i])
        && looks_like_year(toks, i)
    {
        c.kind = NumberKind::Year;
    }
    c
}

/// `500 BC`, `79 AD`, `1200 B.C.`: the era after a year, and its last token.
fn era_end(toks: &[Token<'_>], last: usize) -> Option<usize> {
    let era = toks.get(last + 1).filter(|e| e.space_before)?;
    if matches!(era.text, "BC" | "BCE" | "AD" | "CE") {
        return Some(last + 1);
    }
    // `B.C.`, `A.D.`
    let dotted =
        dotted_letters(toks, last + 1, "B", "C") || dotted_letters(toks, last + 1, "A", "D");
    dotted.then_some(last + 4)
}

/// `A.D.`, `B.C.` from token `k`: two capitals, each with its full stop,
/// written together.
fn dotted_letters(toks: &[Token<'_>], k: usize, first: &str, second: &str) -> bool {
    let letter = |j: usize, l: &str| attached(toks, j).is_some_and(|t| t.text == l);
    toks.get(k).is_some_and(|t| t.text == first)
        && letter(k, ".")
        && letter(k + 1, second)
        && letter(k + 2, ".")
}

/// `value` times a scale word's `scale`, rounded to the 15 significant
/// digits a float holds: `8.2m` is 8,200,000, not 8,199,999.999999999.
pub(super) fn times_scale(value: f64, scale: f64) -> f64 {
    let product = value * scale;
    // A whole number below 10^15 is exact already (`11 thousand`), and
    // the text below costs thousands of instructions.
    if product.fract() == 0.0 && product.abs() < 1e15 {
        return product;
    }
    // Written out to 15 significant digits and read back: the nearest float
    // to the decimal the text means.
    format!("{product:.14e}").parse().unwrap_or(product)
}

/// Suffixes that settle the number `c` at once: an exponent (`1e10`,
/// `10^5`) or metres before a size (`2.1m tall`).
fn settled_by_suffix(toks: &[Token<'_>], i: usize, mut c: Core) -> Option<Core> {
    c.bare_int = false;
    // (`0^-1`, `999^308`: a power that is no finite number is none.)
    let power = exponent(toks, i, c.value)
        .or_else(|| times_ten_to(toks, i, c.value))
        .or_else(|| power_in_words(toks, i).map(|(p, last)| (c.value.powi(p), last)))
        .filter(|(value, _)| value.is_finite());
    if let Some((power, last)) = power {
        c.value = power;
        c.last = last;
        apply_unit(toks, &mut c);
        return Some(c);
    }
    is_metres(toks, i).then_some(Core {
        kind: NumberKind::Measure,
        last: i + 1,
        ..c
    })
}

/// `1e10`, `1.5e-3`, `2.5E+6` (scientific notation) and `10^5`, `10^-3` (a
/// power with a caret) after the digits of `i`: the value and last token.
fn exponent(toks: &[Token<'_>], i: usize, base: f64) -> Option<(f64, usize)> {
    let mark = attached(toks, i)?;
    // `10⁹`, `10⁻³`: a power of ten in superscript digits (after other
    // numbers they are footnote marks).
    if toks[i].text == "10" {
        let mut written = String::new();
        let mut last = i;
        while let Some(t) = attached(toks, last).filter(|t| t.text.chars().all(is_superscript)) {
            written.push_str(t.text);
            last += 1;
        }
        if let Some(power) = superscript_integer(&written) {
            return Some((10f64.powi(power), last));
        }
    }
    let scientific = mark.is_word() && mark.lower == "e";
    if !scientific && !mark.is_punct('^') {
        return None;
    }
    let mut k = i + 1;
    let mut sign = 1;
    if let Some(s) =
        attached(toks, k).filter(|s| s.is_punct('-') || s.is_punct('−') || s.is_punct('+'))
    {
        sign = if s.is_punct('+') { 1 } else { -1 };
        k += 1;
    }
    let power = attached(toks, k).and_then(int_of).filter(|&p| p <= 308)?;
    let exponent = sign * power as i32;
    let value = if scientific {
        times_scale(base, 10f64.powi(exponent))
    } else {
        base.powi(exponent)
    };
    Some((value, k + 1))
}

fn is_superscript(ch: char) -> bool {
    ch == '⁻' || "⁰¹²³⁴⁵⁶⁷⁸⁹".contains(ch)
}

/// `⁹`, `¹²`, `⁻³`: an integer in superscript digits.
fn superscript_integer(text: &str) -> Option<i32> {
    let (sign, digits) = match text.strip_prefix('⁻') {
        Some(rest) => (-1, rest),
        None => (1, text),
    };
    let mut power: i32 = 0;
    for ch in digits.chars() {
        let d = "⁰¹²³⁴⁵⁶⁷⁸⁹".chars().position(|s| s == ch)?;
        power = power.checked_mul(10)?.checked_add(d as i32)?;
    }
    (!digits.is_empty() && power <= 308).then_some(sign * power)
}

/// `3.2 x 10^4`, `6 × 10^23`: scientific notation written with a times
/// sign; the value and last token.
fn times_ten_to(toks: &[Token<'_>], i: usize, base: f64) -> Option<(f64, usize)> {
    toks.get(i + 1)
        .filter(|x| x.lower == "x" || x.is_punct('×') || x.is_punct('*'))?;
    toks.get(i + 2).filter(|t| t.text == "10")?;
    let (power, last) = exponent(toks, i + 2, 10.0)?;
    Some((times_scale(base, power), last))
}

/// `to the power of five`, `to the power 6` after the number ending at
/// `last`: the exponent and its last token.
fn power_in_words(toks: &[Token<'_>], last: usize) -> Option<(i32, usize)> {
    let words = ["to", "the", "power"];
    let written = (0..3).all(|k| toks.get(last + 1 + k).is_some_and(|t| t.lower == words[k]));
    if !written {
        return None;
    }
    let mut k = last + 4;
    if toks.get(k).is_some_and(|t| t.lower == "of") {
        k += 1;
    }
    let n = toks.get(k)?;
    let power = match n.kind {
        Kind::Num => int_of(n)?,
        _ => words::small_number(n.lower)? as u32,
    };
    (power <= 308).then_some((power as i32, k))
}

/// `2.1m tall`, `3m deep`, `50m below the surface`, `the 100m final`,
/// `ran 100m`: an attached `m` before a size, a place relative to a level
/// or a race, or after a verb of moving the body, is metres, not millions.
fn is_metres(toks: &[Token<'_>], i: usize) -> bool {
    if attached(toks, i).is_none_or(|m| m.lower != "m") {
        return false;
    }
    let after = toks.get(i + 2).filter(|d| d.space_before);
    let measured = after.is_some_and(|d| {
        d.has(lexicon::DIMENSION)
            || matches!(
                d.lower,
                "away"
                    | "below"
                    | "above"
                    | "underground"
                    | "underwater"
                    | "race"
                    | "sprint"
                    | "dash"
                    | "hurdles"
                    | "freestyle"
                    | "butterfly"
                    | "backstroke"
                    | "breaststroke"
                    | "relay"
                    | "final"
            )
    });
    let moved = i > 0
        && matches!(
            toks[i - 1].lower,
            "ran"
                | "swam"
                | "jumped"
                | "leapt"
                | "leaped"
                | "threw"
                | "dived"
                | "climbed"
                | "sprinted"
                | "walked"
                | "crawled"
                | "run"
                | "swim"
                | "jump"
                | "throw"
        );
    measured || moved
}

/// Thousands grouped with spaces (`2 350 000`, SI style) or with a
/// no-break or thin space (`12 500`): the whole number and its last token.
/// With ordinary spaces two groups are needed, so that `on March 3 100
/// people` stays two numbers, or one that starts with a zero (`45 000`: no
/// number on its own is written `000`).
fn space_grouped(toks: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    let head = &toks[i];
    if head.text.len() > 3 || !head.text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut value, mut last) = (f64::from(int_of(head)?), i);
    let mut narrow_space = false;
    while let Some(group) = toks.get(last + 1) {
        let gap = group.start - toks[last].end;
        let three_digits = group.text.len() == 3 && group.text.bytes().all(|b| b.is_ascii_digit());
        if group.kind != Kind::Num || !three_digits || !(1..=3).contains(&gap) {
            break;
        }
        narrow_space |= gap > 1;
        value = value * 1000.0 + f64::from(int_of(group)?);
        last += 1;
    }
    let groups = last - i;
    let zero_led = groups == 1 && toks[last].text.starts_with('0');
    (groups >= 2 || groups == 1 && (narrow_space || zero_led)).then_some((value, last))
}

/// Thousands grouped with apostrophes, Swiss style (`1'000'000`,
/// `CHF 1’250.50`): the whole number and its last token. Feet and inches
/// (`5'10"`) have no group of three.
fn apostrophe_grouped(toks: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    let head = &toks[i];
    if head.text.len() > 3 {
        return None;
    }
    let (mut whole, mut last) = (head.text.to_string(), i);
    while let (Some(mark), Some(group)) = (attached(toks, last), attached(toks, last + 1)) {
        let digits = group.text.split_once('.').map_or(group.text, |(d, _)| d);
        let three = digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit());
        if !(mark.is_punct('\'') || mark.is_punct('’')) || group.kind != Kind::Num || !three {
            break;
        }
        whole.push_str(group.text);
        last += 2;
        if digits.len() < group.text.len() {
            break; // decimals end the number
        }
    }
    let value = whole.parse::<f64>().ok()?;
    (last > i).then_some((value, last))
}

/// The fraction of a mixed number after the whole `i`: `2½`, `2 ½`, `2 1/2`
/// (a proper fraction with a small denominator), and its last token.
fn mixed_fraction(toks: &[Token<'_>], i: usize) -> Option<(f64, usize)> {
    // `2½`, and `1 ½` as some keyboards leave it.
    if let Some(f) = toks.get(i + 1).and_then(|t| words::vulgar_fraction(t.text)) {
        return Some((f, i + 1));
    }
    // `2 1/2`, and `1-1/2` as recipes and plans write it.
    let hyphen = attached(toks, i).is_some_and(|h| h.is_punct('-'));
    let n_at = i + 1 + usize::from(hyphen);
    let num = toks
        .get(n_at)
        .filter(|n| n.space_before != hyphen && n.kind == Kind::Num)?;
    attached(toks, n_at).filter(|s| s.is_punct('/') || s.is_punct('⁄'))?;
    let den = attached(toks, n_at + 1)?;
    let (n, d) = (int_of(num)?, int_of(den)?);
    let proper = n >= 1 && n < d && d <= 16;
    let ends = attached(toks, n_at + 2).is_none_or(|t| !t.is_punct('/'));
    (proper && ends).then(|| (f64::from(n) / f64::from(d), n_at + 2))
}

/// Day-first dates: `24 November`, `4 July 1776`.
/// `12,000-plus`, `12k+`: at least the number; `1,000-odd`, `20-something`,
/// `10 or so`: about it.
fn hedge_suffix(toks: &[Token<'_>], c: &mut Core) {
    if matches!(
        c.kind,
        NumberKind::Year | NumberKind::Date | NumberKind::Ordinal
    ) {
        return;
    }
    let next = attached(toks, c.last);
    let hyphened = hyphened_word(toks, c.last).map(|w| w.lower);
    let (bound, extra) = if next.is_some_and(|t| t.is_punct('+')) {
        (Bound::AtLeast, 1)
    } else if hyphened == Some("plus") {
        (Bound::AtLeast, 2)
    } else if matches!(hyphened, Some("odd" | "something" | "ish")) {
        // `1,000-odd people`, `20-something staff`, `50-ish`
        (Bound::Approx, 2)
    } else if toks.get(c.last + 1).is_some_and(|t| t.lower == "or")
        && toks.get(c.last + 2).is_some_and(|t| t.lower == "so")
    {
        // `10 or so people`, `an hour or so`
        (Bound::Approx, 2)
    } else {
        return;
    };
    c.bound = bound;
    c.last += extra;
}

/// Day-first dates: `24 November`, `4 July 1776`, `24th November`, `the
/// 3rd of March, 2015`.
fn day_first_date(toks: &[Token<'_>], i: usize, day: f64) -> Option<Core> {
    if !((1..=31).contains(&(day as u32)) && toks[i].text.len() <= 2) {
        return None;
    }
    if let Some(date) = hyphenated_date(toks, i) {
        return Some(date);
    }
    let mut m = i + 1;
    let suffix = ordinal_after(toks, i);
    if suffix {
        m += 1;
        if toks.get(m).is_some_and(|t| t.lower == "of") {
            m += 1;
        }
    }
    month_and_year(toks, i, m, day)
}

/// `the third of March`, `the twenty-first of June 2010`: a day written as
/// an ordinal word before `of` and a month.
fn ordinal_word_date(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let (day, last) = ordinal_day(toks, i)?;
    toks.get(last + 1).filter(|t| t.lower == "of")?;
    month_and_year(toks, i, last + 2, f64::from(day))
}

/// An ordinal word that can name a day of the month (`third`,
/// `twenty-first`, `thirtieth`): the day and its last token.
fn ordinal_day(toks: &[Token<'_>], i: usize) -> Option<(u32, usize)> {
    let t = &toks[i];
    if let Some(day) = words::ordinal_day(t.lower) {
        return Some((day, i));
    }
    let tens = match t.lower {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let unit = hyphened_word(toks, i)?;
    let day = tens + words::ordinal_day(unit.lower).filter(|&d| d < 10)?;
    (day <= 31).then_some((day, i + 2))
}

/// The month at `m` after a day that starts at `i`, and the year after
/// it if one is written: the date.
fn month_and_year(toks: &[Token<'_>], i: usize, m: usize, day: f64) -> Option<Core> {
    let month = toks
        .get(m)
        .filter(|t| t.is_capitalized() && t.has(lexicon::MONTH) && t.space_before)?;
    // `1 Jan. 2020`: an abbreviated month's full stop.
    let stop = month.lower.len() <= 4 && attached(toks, m).is_some_and(|d| d.is_punct('.'));
    let after_month = m + usize::from(stop);
    let comma = toks.get(after_month + 1).is_some_and(|t| t.is_punct(','));
    let y_at = after_month + 1 + usize::from(comma);
    if let Some(y) = toks
        .get(y_at)
        .filter(|y| is_year_digits(y) && y.space_before)
    {
        return Some(Core {
            digits: true,
            ..core(i, y_at, int_of(y)? as f64, NumberKind::Date)
        });
    }
    Some(Core {
        digits: true,
        ..core(i, m, day, NumberKind::Date)
    })
}

/// `12-Mar-2019`, `3-June-2020`, `12-03-2019`: day, month and year joined
/// by hyphens, worth its year.
fn hyphenated_date(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let hyphen = |k: usize| attached(toks, k).is_some_and(|h| h.is_punct('-'));
    if !hyphen(i) || !hyphen(i + 2) {
        return None;
    }
    let month = attached(toks, i + 1)?;
    let day_and_month = || {
        let (a, b) = (int_of(&toks[i])?, int_of(month)?);
        let valid = |d: u32, m: u32| (1..=31).contains(&d) && (1..=12).contains(&m);
        (month.text.len() <= 2 && (valid(a, b) || valid(b, a))).then_some(())
    };
    if !month.has(lexicon::MONTH) {
        day_and_month()?;
    }
    let year = attached(toks, i + 3).filter(|y| is_year_digits(y))?;
    Some(Core {
        digits: true,
        ..core(i, i + 4, f64::from(int_of(year)?), NumberKind::Date)
    })
}

/// `2015-03-03`, `2019/03/12`: a date with its year first, worth its year.
fn iso_date(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    if !is_year_digits(t) {
        return None;
    }
    let separator = attached(toks, i).filter(|d| d.is_punct('-') || d.is_punct('/'))?;
    let part = |k: usize, max: u32| {
        attached(toks, k)
            .filter(|d| d.text == separator.text)
            .and_then(|_| attached(toks, k + 1))
            .filter(|n| n.text.len() <= 2)
            .and_then(int_of)
            .filter(|v| (1..=max).contains(v))
    };
    part(i, 12)?;
    part(i + 2, 31)?;
    Some(Core {
        digits: true,
        ..core(
            i,
            time_of_day_end(toks, i + 4),
            f64::from(int_of(t)?),
            NumberKind::Date,
        )
    })
}

/// `T10:00:00Z`, `T09:30+02:00` after an ISO date ending at `last`: the
/// timestamp's last token (or `last` when there is none).
fn time_of_day_end(toks: &[Token<'_>], last: usize) -> usize {
    if !attached(toks, last).is_some_and(|t| t.is_word() && t.lower.starts_with('t')) {
        return last;
    }
    let mut end = last + 1;
    while let Some(t) = attached(toks, end) {
        let part = t.kind == Kind::Num
            || t.lower == "z"
            || (t.is_punct(':') || t.is_punct('+') || t.is_punct('-') || t.is_punct('.'))
                && attached(toks, end + 1).is_some_and(|n| n.kind == Kind::Num);
        if !part {
            break;
        }
        end += 1;
    }
    end
}

/// `10/1/2008` (a date: its year), `2015/16` (a fiscal or school year: a
/// range of two years), `3/5` (a fraction).
fn slashed(toks: &[Token<'_>], i: usize, value: f64) -> Option<Core> {
    let b = attached(toks, i + 1).filter(|b| b.kind == Kind::Num)?;
    let bv = int_of(b)?;
    if is_year_digits(&toks[i]) {
        let year = value as u32;
        let next = match b.text.len() {
            2 => (year + 1) % 100 == bv,
            4 => year + 1 == bv,
            _ => false,
        };
        if next {
            return Some(Core {
                digits: true,
                high: Some(f64::from(year + 1)),
                ..core(i, i + 2, value, NumberKind::Year)
            });
        }
    }
    if attached(toks, i + 2).is_some_and(|s| s.is_punct('/')) {
        let y = attached(toks, i + 3).filter(|y| y.kind == Kind::Num)?;
        let yv = int_of(y)?;
        let year = if y.text.len() == 2 { 2000 + yv } else { yv };
        return Some(Core {
            digits: true,
            ..core(i, i + 4, year as f64, NumberKind::Date)
        });
    }
    if bv == 0 {
        return None;
    }
    if is_month_day(value, bv) {
        // `on 7/14`: month and day; a date without a year takes the day.
        return Some(Core {
            digits: true,
            ..core(i, i + 2, f64::from(bv), NumberKind::Date)
        });
    }
    // `24/7`, `50/50`: round the clock and even odds are idioms, not figures
    // (a day-first date is read before this).
    if value == 24.0 && bv == 7 || value == 50.0 && bv == 50 {
        return None;
    }
    // `2/3rds`, `9/10ths`: the denominator's ordinal ending in the fraction.
    let ordinal_ending =
        attached(toks, i + 2).is_some_and(|e| matches!(e.lower, "rds" | "ths" | "rd" | "th"));
    let last = if ordinal_ending { i + 3 } else { i + 2 };
    let mut c = Core {
        digits: true,
        ..core(i, last, value / bv as f64, NumberKind::Other)
    };
    // `1/2 inch`, `3/4 mile`: a fraction of a unit is a measure.
    apply_unit(toks, &mut c);
    Some(c)
}

/// `7/14`, `9/11`, `12/25` read as month/day; `1/3`, `3/4`, `3/10` are
/// the fractions news writes with digits (a denominator of 2, 3, 4, 5, 6,
/// 8, 10, 16 or 100), and stay fractions, unless more than one (`5/3` is
/// a date: news writes no improper fractions).
fn is_month_day(month: f64, day: u32) -> bool {
    let common_denominator = matches!(day, 2 | 3 | 4 | 5 | 6 | 8 | 10 | 16 | 100);
    let improper = month > f64::from(day);
    (1.0..=12.0).contains(&month)
        && month.fract() == 0.0
        && (1..=31).contains(&day)
        && (!common_denominator || improper)
}

/// `00:37`: hours and minutes as `h.mm`; anything else with a colon is no
/// number. Seconds after them stay in the span (`2:09:56`, a race time).
fn clock_time(toks: &[Token<'_>], i: usize, hours: f64) -> Option<Core> {
    let two_digits = |t: &&Token<'_>| t.kind == Kind::Num && t.text.len() == 2;
    let m = attached(toks, i + 1).filter(two_digits)?;
    let (h, mi) = (hours as u32, int_of(m)?);
    if h >= 24 || mi >= 60 {
        return None;
    }
    let seconds = attached(toks, i + 2).is_some_and(|c| c.is_punct(':'))
        && attached(toks, i + 3)
            .filter(two_digits)
            .and_then(int_of)
            .is_some_and(|s| s < 60);
    let last = if seconds { i + 4 } else { i + 2 };
    meridiem_time(toks, i, last, h, mi).or(Some(Core {
        digits: true,
        ..core(i, last, h as f64 + mi as f64 / 100.0, NumberKind::Other)
    }))
}

/// `5 p.m.`, `5pm`, `11:30 a.m.`: a clock time (`hour` and `minutes`
/// written `first..=last`) on the 24-hour clock, as `00:37` is read:
/// `other`, its value hours.minutes.
fn meridiem_time(
    toks: &[Token<'_>],
    first: usize,
    last: usize,
    hour: u32,
    minutes: u32,
) -> Option<Core> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    // `3 o'clock`: the hour as said.
    let written = f64::from(hour) + f64::from(minutes) / 100.0;
    if toks
        .get(last + 1)
        .is_some_and(|t| matches!(t.lower, "o'clock" | "o’clock"))
    {
        return Some(Core {
            digits: true,
            ..core(first, last + 1, written, NumberKind::Other)
        });
    }
    let (afternoon, end) = meridiem(toks, last + 1)?;
    let hours = hour % 12 + if afternoon { 12 } else { 0 };
    Some(Core {
        digits: true,
        ..core(
            first,
            end,
            f64::from(hours) + f64::from(minutes) / 100.0,
            NumberKind::Other,
        )
    })
}

/// `am`, `pm`, `a.m.`, `p.m.` at `k`: whether it is the afternoon, and the
/// last token.
fn meridiem(toks: &[Token<'_>], k: usize) -> Option<(bool, usize)> {
    let t = toks.get(k).filter(|t| t.is_word())?;
    match t.lower {
        "am" | "pm" => Some((t.lower == "pm", k)),
        "a" | "p" => {
            attached(toks, k).filter(|d| d.is_punct('.'))?;
            attached(toks, k + 1).filter(|m| m.lower == "m")?;
            let stop = attached(toks, k + 2).is_some_and(|d| d.is_punct('.'));
            Some((t.lower == "p", k + 2 + usize::from(stop)))
        }
        _ => None,
    }
}

/// Digits that say when, not how much, read whole: a fiscal year
/// (`FY2019`), a date with full stops (`15.10.2019`), a clock time with its
/// meridiem (`5 p.m.`).
fn a_time(toks: &[Token<'_>], i: usize) -> Option<Core> {
    if let Some(year) = fiscal_year(toks, i) {
        return Some(year);
    }
    if let Some(year) = dotted_date(toks[i].text) {
        return Some(Core {
            digits: true,
            ..core(i, i, year, NumberKind::Date)
        });
    }
    int_of(&toks[i]).and_then(|hour| meridiem_time(toks, i, i, hour, 0))
}

/// `FY2019`, `FY19`: a fiscal year, `FY` included (not a code like `G7`).
fn fiscal_year(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    i.checked_sub(1).filter(|&p| toks[p].lower == "fy")?;
    if t.space_before {
        return None;
    }
    let year = match (t.text.len(), int_of(t)?) {
        (4, y) if is_year_digits(t) => y,
        (2, yy) => 2000 + yy,
        _ => return None,
    };
    Some(Core {
        digits: true,
        ..core(i - 1, i, f64::from(year), NumberKind::Year)
    })
}

/// `15.10.2019`, `3.4.2020`: a date written with full stops (day and
/// month either way round), worth its year.
fn dotted_date(s: &str) -> Option<f64> {
    let mut parts = s.split('.');
    let (a, b, c) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let day_month = |d: &str, m: &str| {
        let (d, m): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
        ((1..=31).contains(&d) && (1..=12).contains(&m)).then_some(())
    };
    let either_way = |x: &str, y: &str| {
        x.len() <= 2 && y.len() <= 2 && (day_month(x, y).or_else(|| day_month(y, x))).is_some()
    };
    let year = match (a.len(), c.len()) {
        // `15.10.2019`
        (1 | 2, 4) if either_way(a, b) => c.parse::<u32>().ok()?,
        // `2019.10.15`
        (4, 2) if b.len() == 2 && day_month(c, b).is_some() => a.parse::<u32>().ok()?,
        // `15.10.19`: two digits each, so `1.2.3` stays a version.
        (2, 2) if b.len() == 2 && either_way(a, b) => 2000 + c.parse::<u32>().ok()?,
        _ => return None,
    };
    (1000..=2100).contains(&year).then_some(f64::from(year))
}

/// What letters attached to digits make of the number.
enum Letters {
    /// The number is complete: `3rd`, `1950s`.
    Done,
    /// Go on to scales and units: `3bn`, `5km`.
    More,
    /// A code, not a number: `3D`.
    Code,
}

/// Ordinals, decades, scales and units attached to the digits of `t`.
fn attached_letters(
    t: &Token<'_>,
    s: &Token<'_>,
    after: Option<&Token<'_>>,
    c: &mut Core,
    plain: bool,
) -> Letters {
    let money_after = after.is_some_and(|a| a.has(lexicon::CURRENCY_WORD));
    match s.lower {
        // `61.5pc`, `5pct`
        "pc" | "pct" => {
            c.kind = NumberKind::Percent;
            c.last += 1;
            c.bare_int = false;
            Letters::Done
        }
        // `50p`, `99p`: pence (`1080p` is a picture's height).
        "p" if plain && c.value < 100.0 => {
            c.kind = NumberKind::Money;
            c.last += 1;
            Letters::Done
        }
        "st" | "nd" | "rd" | "th" if plain => {
            c.kind = NumberKind::Ordinal;
            c.last += 1;
            Letters::Done
        }
        // `100s of people`, `1000s of them`: `hundreds`, `thousands` in
        // digits, not decades.
        "s" if plain
            && matches!(c.value as u32, 10 | 100 | 1000)
            && after.is_some_and(|a| a.lower == "of") =>
        {
            c.bound = Bound::Approx;
            c.last += 1;
            c.bare_int = false;
            Letters::Done
        }
        // `1950s`, `90s`
        "s" if plain
            && (t.text.len() == 4 || t.text.len() == 2)
            && (c.value as u32).is_multiple_of(10) =>
        {
            c.kind = NumberKind::Year;
            c.last += 1;
            c.bare_int = false;
            Letters::Done
        }
        // `5,000m`, `1500m race`: a thousand millions is not written so;
        // metres are (`£1,500m` is money, and a scale).
        "m" if c.value >= 1e3 && c.kind != NumberKind::Money && !money_after => {
            c.bare_int = false;
            Letters::More
        }
        w if words::scale(w).is_some() => {
            c.value = times_scale(c.value, words::scale(w).unwrap_or(1.0));
            c.last += 1;
            c.bare_int = false;
            Letters::More
        }
        w if lexicon::measure_unit(w) || lexicon::time_unit(w) => {
            c.bare_int = false;
            Letters::More
        }
        _ => Letters::Code,
    }
}

/// A year that a noun after it cannot make a count: after a quarter or a
/// half of a financial year (`Q3 2019 sales`, `H1 2020 profits`), or after
/// the preposition that opens a sentence (`In 2019 sales fell`, `Since 2010
/// prices have doubled`).
fn opens_time_phrase(toks: &[Token<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &toks[p]) else {
        return false;
    };
    // `Q3` is one token or a letter and a digit glued.
    let letter = (i >= 2 && !prev.space_before).then(|| toks[i - 2].text);
    let period = match (letter, prev.text.as_bytes()) {
        (Some("Q"), [b'1'..=b'4']) | (Some("H"), [b'1'..=b'2']) => true,
        (_, code) => matches!(code, [b'Q', b'1'..=b'4'] | [b'H', b'1'..=b'2']),
    };
    let opening = i == 1 && matches!(prev.text, "In" | "Since" | "By" | "Until" | "During");
    let year = int_of(&toks[i]).is_some_and(|y| (1900..2100).contains(&y));
    year && (period || opening)
}

/// A four-digit number that is a year, not a count (`in 2024`, but `2000 people`).
pub(super) fn looks_like_year(toks: &[Token<'_>], i: usize) -> bool {
    // `2000 people` counts; `in 2020 millions lost` is a year before a
    // vague plural of its own.
    // `the year 2000 things changed`: named a year.
    if opens_time_phrase(toks, i) || i > 0 && toks[i - 1].lower == "year" {
        return true;
    }
    if toks.get(i + 1).is_some_and(|n| {
        n.is_lowercase_word()
            && !n.has(lexicon::FUNCTION_WORD | lexicon::NOUN_STOP)
            && (is_plural_noun(n.lower) || n.lower.ends_with("children"))
            && words::vague_plural(n.lower).is_none()
    }) {
        return false;
    }
    // `Romney's 2012 campaign`, `his 2016 bid`: what an owner has by the
    // thousand is plural (`the firm's 1,500 new hires`).
    let owned = i.checked_sub(1).is_some_and(|p| {
        toks[p].is_possessive()
            || matches!(
                toks[p].lower,
                "his" | "its" | "their" | "our" | "my" | "your"
            )
    });
    if owned
        && !toks
            .get(i + 2)
            .is_some_and(|n| n.is_lowercase_word() && is_plural_noun(n.lower))
    {
        return true;
    }
    let prev = i.checked_sub(1).map(|p| toks[p].lower);
    if matches!(
        prev,
        Some(
            "in" | "since"
                | "by"
                | "until"
                | "till"
                | "from"
                | "of"
                | "during"
                | "before"
                | "after"
                | "between"
                | "and"
                | "to"
                | "or"
                | "through"
                | "early"
                | "late"
                | "mid"
                | "circa"
                | "year"
                | "the"
                // `a 2013 study`: one of a year's.
                | "a"
                | "an"
                | "summer"
                | "winter"
                | "spring"
                | "autumn"
                | "fall"
                | "fiscal"
                | "for"
                | "than"
        )
    ) {
        return true;
    }
    match toks.get(i + 1) {
        Some(n) if n.is_lowercase_word() => n.has(lexicon::FUNCTION_WORD),
        _ => true,
    }
}
