//! Number mentions: quantities, amounts, shares, measures, dates and years,
//! with their value, range, kind, hedge and counted noun (`CLAIMS.md`).

use crate::lexicon;
use crate::token::{Kind, Token};
use crate::words;
use crate::{Bound, NumberKind, NumberMention};

/// A number before hedges and noun are attached. Token indices are inclusive.
#[derive(Debug, Clone)]
struct Core {
    first: usize,
    last: usize,
    value: f64,
    high: Option<f64>,
    kind: NumberKind,
    bound: Bound,
    /// Written with digits and nothing else (`737`, `1,000` excluded: it has a separator).
    bare_int: bool,
    /// Written as digits at all.
    digits: bool,
}

/// All number mentions in one sentence's tokens.
pub fn find(text: &str, toks: &[Token<'_>], out: &mut Vec<NumberMention>) {
    let mut i = 0;
    while i < toks.len() {
        if let Some((a, b)) = score(toks, i) {
            for core in [a, b] {
                out.push(mention(text, toks, &core, None));
            }
            i = b_last(toks, i);
            continue;
        }
        let Some(core) = ratio_at(toks, i).or_else(|| parse_at(toks, i)) else {
            i += 1;
            continue;
        };
        let mut core = extend_range(toks, core);
        money_by_noun(toks, &mut core);
        mark_age(toks, &mut core);
        let next = core.last + 1;
        if !is_excluded(toks, &core) {
            let (core, hedge_first) = attach_hedge(toks, core);
            let noun = counted_noun(toks, &core);
            let mut m = mention(text, toks, &core, noun);
            if let Some(h) = hedge_first {
                m.start = toks[h].start;
                m.text = text[m.start..m.end].to_string();
            }
            out.push(m);
        }
        i = next;
    }
}

fn b_last(toks: &[Token<'_>], i: usize) -> usize {
    // A score is `N – M`: three tokens.
    (i + 3).min(toks.len())
}

fn mention(text: &str, toks: &[Token<'_>], core: &Core, noun: Option<String>) -> NumberMention {
    let start = toks[core.first].start;
    let end = toks[core.last].end;
    NumberMention {
        start,
        end,
        text: text[start..end].to_string(),
        value: core.value,
        high: core.high,
        kind: core.kind,
        bound: core.bound,
        noun,
    }
}

/// The next token if it follows `i` directly (no white space).
fn attached<'a, 'b>(toks: &'b [Token<'a>], i: usize) -> Option<&'b Token<'a>> {
    toks.get(i + 1).filter(|t| !t.space_before)
}

fn parse_digits(s: &str) -> Option<(f64, bool)> {
    // `11,000` and `1,000,000.5` use thousands separators; `3,5` is a decimal comma.
    let commas = s.matches(',').count();
    let dots = s.matches('.').count();
    if dots > 1 {
        return None; // `1.2.3`, `1.000.000,5`: a section number or a version, or a grouping we do not read
    }
    let plain = commas == 0 && dots == 0;
    let normalised: String = if commas > 0 {
        let groups: Vec<&str> = s.split([',', '.']).collect();
        let thousands = s
            .split(',')
            .skip(1)
            .all(|g| g.len() == 3 || g.len() > 3 && g.as_bytes()[3] == b'.');
        if thousands {
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

fn int_of(t: &Token<'_>) -> Option<u32> {
    if t.kind == Kind::Num && t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 9 {
        t.text.parse().ok()
    } else {
        None
    }
}

fn is_year_digits(t: &Token<'_>) -> bool {
    t.text.len() == 4 && int_of(t).is_some_and(|y| (1000..=2100).contains(&y))
}

fn core(first: usize, last: usize, value: f64, kind: NumberKind) -> Core {
    Core {
        first,
        last,
        value,
        high: None,
        kind,
        bound: Bound::Exact,
        bare_int: false,
        digits: false,
    }
}

/// A sports score `1 – 0`: two counts.
fn score(toks: &[Token<'_>], i: usize) -> Option<(Core, Core)> {
    let a = toks.get(i)?;
    let dash = toks.get(i + 1)?;
    let b = toks.get(i + 2)?;
    let (x, y) = (int_of(a)?, int_of(b)?);
    let spaced = dash.space_before && b.space_before;
    // `won 4-0`, `drew 1-1`, `voted 68-32`: written close up, a score or a
    // tally goes down or stays level, where a range (`10-12`) goes up.
    let close_up = !dash.space_before && !b.space_before && y <= x;
    let is_dash = dash.is_punct('–') || dash.is_punct('—') || dash.is_punct('-');
    if !(is_dash && (spaced || close_up) && x < 100 && y < 100)
        || a.text.len() > 2
        || b.text.len() > 2
    {
        return None;
    }
    // `2-1-0`, `4-0-1`: a longer chain of figures is a code or a record.
    if close_up
        && toks.get(i + 3).is_some_and(|t| {
            !t.space_before && (t.is_punct('-') || t.is_punct('/') || t.is_punct('.'))
        })
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

fn parse_at(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    match t.kind {
        Kind::Word => parse_word(toks, i),
        Kind::Num => parse_num(toks, i, i, None),
        Kind::Punct => {
            // Currency symbols: `$3bn`, `€ 5`, `US$ 20`.
            if words::currency_symbol(t.text) {
                let n = toks.get(i + 1).filter(|n| n.kind == Kind::Num)?;
                let _ = n;
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

/// Dates that start with a month name, and numbers written as words.
fn parse_word(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let t = &toks[i];
    if !t.has(lexicon::NUMBER_START | lexicon::MONTH) {
        return None;
    }
    if t.is_capitalized() {
        if let Some(c) = month_date(toks, i) {
            return Some(c);
        }
    }
    // A mid-sentence capitalised number word is a name (`Air Force One`).
    if t.is_capitalized()
        && i > 0
        && !toks[i - 1].is_punct('"')
        && !toks[i - 1].is_punct('“')
        && !toks[i - 1].is_punct('(')
    {
        return None;
    }
    let w = t.lower;
    // `a dozen`, `a couple`, `a few million`, `a third`, `a hundred`.
    if w == "a" || w == "an" {
        let n = toks.get(i + 1)?;
        return match n.lower {
            "dozen" => Some(core(i, i + 1, 12.0, NumberKind::Count)),
            "couple" => Some(Core {
                bound: Bound::Approx,
                ..core(i, i + 1, 2.0, NumberKind::Count)
            }),
            "few" | "several" => {
                let s = toks
                    .get(i + 2)
                    .and_then(|x| words::scale(x.lower).filter(|_| x.lower.len() > 2))?;
                Some(Core {
                    bound: Bound::Approx,
                    ..core(i, i + 2, s, NumberKind::Count)
                })
            }
            "hundred" | "thousand" | "million" | "billion" => {
                let s = words::scale(n.lower)?;
                Some(core(i, i + 1, s, NumberKind::Count))
            }
            "third" | "quarter" => {
                // `a third of the budget`, but `a third goal` is an ordinal.
                let f = words::fraction_word(n.lower)?;
                if toks
                    .get(i + 2)
                    .is_some_and(|x| x.is_word() && !x.has(lexicon::FUNCTION_WORD))
                {
                    return None;
                }
                Some(core(i, i + 1, f, NumberKind::Other))
            }
            _ => None,
        };
    }
    if w == "several" {
        let s = toks
            .get(i + 1)
            .and_then(|x| words::scale(x.lower).filter(|_| x.lower.len() > 2))?;
        return Some(Core {
            bound: Bound::Approx,
            ..core(i, i + 1, s, NumberKind::Count)
        });
    }
    if w == "half" {
        let prev = i.checked_sub(1).map(|p| toks[p].lower);
        if matches!(prev, Some("first" | "second" | "the" | "a" | "-"))
            || attached(toks, i).is_some_and(|n| n.is_punct('-'))
        {
            return None;
        }
        return Some(core(i, i, 0.5, NumberKind::Other));
    }
    if let Some(v) = words::vague_plural(w) {
        // `tens of thousands`, `hundreds of millions`.
        if toks.get(i + 1).is_some_and(|x| x.lower == "of") {
            if let Some(s) = toks
                .get(i + 2)
                .and_then(|x| words::vague_plural(x.lower))
                .filter(|&s| s >= 1e3)
            {
                return Some(Core {
                    bound: Bound::Approx,
                    ..core(i, i + 2, v * s, NumberKind::Count)
                });
            }
        }
        if w == "tens" || w == "scores" {
            return None;
        }
        return Some(Core {
            bound: Bound::Approx,
            ..core(i, i, v, NumberKind::Count)
        });
    }
    let mut value = words::small_number(w)?;
    let mut last = i;
    // `twenty-five`, `twenty five`
    if words::is_tens(w) {
        if let (Some(h), Some(u)) = (attached(toks, i), toks.get(i + 2)) {
            if h.is_punct('-') && !u.space_before {
                if let Some(uv) = words::small_number(u.lower).filter(|&v| v < 10.0) {
                    value += uv;
                    last = i + 2;
                }
            }
        }
    }
    // `two-thirds`, `three-quarters`
    if let (Some(h), Some(f)) = (attached(toks, last), toks.get(last + 2)) {
        if h.is_punct('-') && !f.space_before {
            if let Some(fv) = words::fraction_word(f.lower)
                .filter(|_| f.lower.ends_with('s') || f.lower == "third" || f.lower == "quarter")
            {
                return Some(core(i, last + 2, value * fv, NumberKind::Other));
            }
        }
    }
    // `three quarters of the dead`, `two thirds`
    if let Some(f) = toks
        .get(last + 1)
        .filter(|f| f.lower.ends_with('s') && (2.0..10.0).contains(&value))
    {
        if let Some(fv) = words::fraction_word(f.lower).filter(|_| {
            toks.get(last + 2)
                .is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD))
        }) {
            return Some(core(i, last + 1, value * fv, NumberKind::Other));
        }
    }
    // `five hundred`, `two million`, `three hundred thousand`
    let mut j = last + 1;
    while let Some(s) = toks
        .get(j)
        .and_then(|x| words::scale(x.lower).filter(|_| x.lower.len() > 2))
    {
        value *= s;
        last = j;
        j += 1;
    }
    if w == "one" && last == i && !one_counts(toks, i) {
        return None;
    }
    let mut c = core(i, last, value, NumberKind::Count);
    apply_unit(toks, &mut c);
    Some(c)
}

/// `one in five`, `nine out of 10`: a share, written as a fraction (`other`,
/// with its decimal value), one mention.
fn ratio_at(toks: &[Token<'_>], i: usize) -> Option<Core> {
    let small = |t: &Token<'_>| match t.kind {
        Kind::Word if t.has(lexicon::NUMBER_START) => words::small_number(t.lower),
        Kind::Num => int_of(t).map(f64::from),
        _ => None,
    };
    let x = small(&toks[i])?;
    let y_at = match (toks.get(i + 1)?.lower, toks.get(i + 2).map(|t| t.lower)) {
        ("in", _) => i + 2,
        ("out", Some("of")) => i + 3,
        _ => return None,
    };
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

/// `Maria Souza, 54, a teacher`: a bare number between commas after a name is an age.
fn mark_age(toks: &[Token<'_>], c: &mut Core) {
    // `patients aged 18 to 65`
    if c.kind == NumberKind::Count
        && c.first > 0
        && toks[c.first - 1].lower == "aged"
        && c.value <= 130.0
    {
        c.kind = NumberKind::Duration;
        return;
    }
    let age = c.kind == NumberKind::Count
        && c.first == c.last
        && c.first >= 2
        && int_of(&toks[c.first]).is_some_and(|v| (1..=120).contains(&v));
    if age
        && toks[c.first - 1].is_punct(',')
        && toks[c.first - 2].is_capitalized()
        && toks
            .get(c.last + 1)
            .is_none_or(|t| t.is_punct(',') || t.is_punct('.'))
    {
        c.kind = NumberKind::Duration;
    }
}

/// `a few million in tax breaks`: an amount of money named by what it buys.
fn money_by_noun(toks: &[Token<'_>], c: &mut Core) {
    if c.kind != NumberKind::Count
        || c.value < 1e3
        || toks.get(c.last + 1).is_none_or(|t| t.lower != "in")
    {
        return;
    }
    let scaled = toks[c.first..=c.last]
        .iter()
        .any(|t| words::scale(t.lower).is_some() && t.lower.len() > 2);
    let noun = toks[c.last + 2..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word() && !t.has(lexicon::FUNCTION_WORD))
        .last();
    if scaled && noun.is_some_and(|n| n.has(lexicon::MONEY_NOUN)) {
        c.kind = NumberKind::Money;
    }
}

/// `one` is a count only before what it counts (`one Malaysian`), not in
/// `one of the`, `one another`, `one such`, `the one that`.
fn one_counts(toks: &[Token<'_>], i: usize) -> bool {
    let prev = i.checked_sub(1).map(|p| toks[p].lower);
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
            !matches!(
                n.lower,
                "of" | "another"
                    | "such"
                    | "day"
                    | "way"
                    | "thing"
                    | "time"
                    | "who"
                    | "which"
                    | "that"
                    | "more"
            ) && !n.has(lexicon::FUNCTION_WORD)
        }
        _ => false,
    }
}

/// `October 4, 2008`, `February 2022`, `June 28`, `April 29th`.
fn month_date(toks: &[Token<'_>], i: usize) -> Option<Core> {
    words::month(toks[i].lower)?;
    // `Jan. 2019`: an abbreviated month's full stop.
    let n_at = if toks[i].lower.len() <= 4 && attached(toks, i).is_some_and(|d| d.is_punct('.')) {
        i + 2
    } else {
        i + 1
    };
    // `May` and `March` are words too: need a number right after.
    let n = toks.get(n_at).filter(|n| n.space_before)?;
    let v = int_of(n)?;
    if is_year_digits(n) {
        let mut c = core(i, n_at, v as f64, NumberKind::Date);
        c.digits = true;
        return Some(c);
    }
    if !(1..=31).contains(&v) || n.text.len() > 2 {
        return None;
    }
    let mut last = n_at;
    if attached(toks, last).is_some_and(|s| matches!(s.lower, "st" | "nd" | "rd" | "th")) {
        last += 1;
    }
    // `, 2008` or ` 2008`
    let year_at = if toks.get(last + 1).is_some_and(|c| c.is_punct(',')) {
        last + 2
    } else {
        last + 1
    };
    if let Some(y) = toks.get(year_at).filter(|y| is_year_digits(y)) {
        let mut c = core(i, year_at, int_of(y)? as f64, NumberKind::Date);
        c.digits = true;
        return Some(c);
    }
    let mut c = core(i, last, v as f64, NumberKind::Date);
    c.digits = true;
    Some(c)
}

/// A number written with digits starting at token `i`. `money` is set when a
/// currency symbol came before it.
fn parse_num(
    toks: &[Token<'_>],
    i: usize,
    _first: usize,
    money: Option<NumberKind>,
) -> Option<Core> {
    let t = &toks[i];
    let (mut value, plain) = parse_digits(t.text)?;
    let mut c = core(i, i, value, money.unwrap_or(NumberKind::Count));
    c.digits = true;
    c.bare_int = plain;

    // Day-first dates: `24 November`, `4 July 1776`.
    if money.is_none() && plain && (1..=31).contains(&(value as u32)) && t.text.len() <= 2 {
        if let Some(m) = toks
            .get(i + 1)
            .filter(|m| m.is_capitalized() && m.has(lexicon::MONTH) && m.space_before)
        {
            let _ = m;
            if let Some(y) = toks
                .get(i + 2)
                .filter(|y| is_year_digits(y) && y.space_before)
            {
                return Some(Core {
                    digits: true,
                    ..core(i, i + 2, int_of(y)? as f64, NumberKind::Date)
                });
            }
            return Some(Core {
                digits: true,
                ..core(i, i + 1, value, NumberKind::Date)
            });
        }
    }

    // Attached punctuation: `10/1/2008`, `3/5`, `00:37`, `45%`.
    if let Some(p) = attached(toks, i) {
        if p.is_punct('/') && plain {
            let b = attached(toks, i + 1).filter(|b| b.kind == Kind::Num)?;
            let bv = int_of(b)?;
            if let Some(s2) = attached(toks, i + 2).filter(|s| s.is_punct('/')) {
                let _ = s2;
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
            let mut f = core(i, i + 2, value / bv as f64, NumberKind::Other);
            f.digits = true;
            return Some(f);
        }
        if p.is_punct(':') && plain && t.text.len() <= 2 {
            let m = attached(toks, i + 1).filter(|m| m.kind == Kind::Num && m.text.len() == 2)?;
            let (h, mi) = (value as u32, int_of(m)?);
            if h < 24 && mi < 60 {
                return Some(Core {
                    digits: true,
                    ..core(i, i + 2, h as f64 + mi as f64 / 100.0, NumberKind::Other)
                });
            }
            return None;
        }
    }

    // Attached letters: ordinals, scales, units, decades; anything else is a code (`3D`).
    if let Some(s) = attached(toks, i).filter(|s| s.is_word()) {
        match s.lower {
            "st" | "nd" | "rd" | "th" if plain => {
                c.kind = NumberKind::Ordinal;
                c.last = i + 1;
                return Some(c);
            }
            "s" if plain
                && (t.text.len() == 4 || t.text.len() == 2)
                && (value as u32).is_multiple_of(10) =>
            {
                // `1950s`, `90s`
                c.kind = NumberKind::Year;
                c.last = i + 1;
                c.bare_int = false;
                return Some(c);
            }
            w if words::scale(w).is_some() => {
                value *= words::scale(w)?;
                c.value = value;
                c.last = i + 1;
                c.bare_int = false;
            }
            w if words::measure_unit(w) || words::time_unit(w) => {
                c.last = i;
                c.bare_int = false;
            }
            _ => return None,
        }
    }

    // Scale words after a space: `1.2 million`, `3 billion`, `5 thousand`.
    let mut j = c.last + 1;
    while let Some(s) = toks
        .get(j)
        .filter(|s| s.space_before && s.is_word() && s.lower.len() > 2)
        .and_then(|s| words::scale(s.lower))
    {
        c.value *= s;
        c.last = j;
        c.bare_int = false;
        j += 1;
    }
    apply_unit(toks, &mut c);
    if c.kind == NumberKind::Count
        && plain
        && c.last == i
        && is_year_digits(t)
        && looks_like_year(toks, i)
    {
        c.kind = NumberKind::Year;
    }
    Some(c)
}

/// A four-digit number that is a year, not a count (`in 2024`, but `2000 people`).
fn looks_like_year(toks: &[Token<'_>], i: usize) -> bool {
    if toks.get(i + 1).is_some_and(|n| {
        n.is_lowercase_word()
            && !n.has(lexicon::FUNCTION_WORD)
            && (is_plural_noun(n.lower) || n.lower.ends_with("children"))
    }) {
        return false;
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

/// Units written after the number: `%`, `per cent`, currencies, measures, durations.
fn apply_unit(toks: &[Token<'_>], c: &mut Core) {
    let j = c.last + 1;
    let Some(u) = toks.get(j) else { return };
    // Fused units attached to digits were kept outside `last` so they are handled here too.
    let unit_tok = if !u.space_before && u.is_word() && c.digits {
        Some(u)
    } else {
        None
    };
    if u.is_punct('%') {
        c.kind = NumberKind::Percent;
        c.last = j;
        c.bare_int = false;
        return;
    }
    if u.lower == "per" && toks.get(j + 1).is_some_and(|x| x.lower == "cent") {
        c.kind = NumberKind::Percent;
        c.last = j + 1;
        c.bare_int = false;
        return;
    }
    if u.has(lexicon::PERCENT_WORD) {
        c.kind = NumberKind::Percent;
        c.last = j;
        if toks.get(j + 1).is_some_and(|x| x.lower == "points") {
            c.last = j + 1;
        }
        c.bare_int = false;
        return;
    }
    if c.kind != NumberKind::Money
        && u.has(lexicon::CURRENCY_WORD)
        && u.is_lowercase_word() | (u.text.len() == 3)
    {
        c.kind = NumberKind::Money;
        c.last = j;
        c.bare_int = false;
        return;
    }
    let _ = unit_tok;
    // `11-year lull`, `30-day`, `six-member`: a hyphenated compound.
    if let (Some(h), Some(w)) = (
        toks.get(j).filter(|h| h.is_punct('-') && !h.space_before),
        toks.get(j + 1),
    ) {
        if !w.space_before && w.is_word() {
            if w.has(lexicon::TIME_UNIT) {
                c.kind = NumberKind::Duration;
                c.last = j + 1;
                c.bare_int = false;
                // `11-year-old`
                if let (Some(h2), Some(o)) = (toks.get(j + 2), toks.get(j + 3)) {
                    if h2.is_punct('-') && !h2.space_before && o.lower == "old" && !o.space_before {
                        c.last = j + 3;
                    }
                }
            } else if w.has(lexicon::MEASURE_UNIT) && w.lower.len() > 1 {
                c.kind = NumberKind::Measure;
                c.last = j + 1;
                c.bare_int = false;
            }
            let _ = h;
        }
        return;
    }
    if u.has(lexicon::TIME_UNIT) && c.kind != NumberKind::Money {
        c.kind = NumberKind::Duration;
        c.last = j;
        c.bare_int = false;
        return;
    }
    let unit_ok = c.digits || u.lower.len() > 2;
    if unit_ok
        && u.has(lexicon::MEASURE_UNIT)
        && c.kind != NumberKind::Money
        && !matches!(u.lower, "in" | "m" | "c" | "f" | "g" | "l" | "b")
        || c.digits && !u.space_before && matches!(u.lower, "m" | "c" | "f" | "g" | "l")
    {
        // `square kilometres`, `cubic metres`, `nautical miles`
        let mut last = j;
        if matches!(u.lower, "square" | "cubic" | "nautical" | "sq") {
            match toks.get(j + 1).filter(|x| x.has(lexicon::MEASURE_UNIT)) {
                Some(_) => last = j + 1,
                None => return,
            }
        }
        c.kind = NumberKind::Measure;
        c.last = last;
        c.bare_int = false;
    }
}

/// `1950-53`, `10-12`, `10 to 12`, `one or two`, `between 5 and 7`,
/// `July 2003 and December 2004`: one mention with a high end.
fn extend_range(toks: &[Token<'_>], c: Core) -> Core {
    if c.high.is_some() || matches!(c.kind, NumberKind::Other | NumberKind::Ordinal) {
        return c;
    }
    let j = c.last + 1;
    let Some(sep) = toks.get(j) else { return c };
    let between = c.first > 0 && toks[c.first - 1].lower == "between";
    let is_dash = (sep.is_punct('-') || sep.is_punct('–') || sep.is_punct('—'))
        && (!sep.space_before || sep.is_punct('–'));
    let is_word_sep =
        matches!(sep.lower, "to" | "or" | "through" | "until") || sep.lower == "and" && between;
    if !is_dash && !is_word_sep {
        return c;
    }
    let Some(second_tok) = toks.get(j + 1) else {
        return c;
    };
    if is_dash && second_tok.space_before != sep.space_before {
        return c;
    }
    // `1950-53`: the high end borrows the century.
    if is_dash && c.kind == NumberKind::Year
        || (c.bare_int && is_year_digits(&toks[c.last]) && is_dash)
    {
        let low = c.value as u32;
        // `1950-53`, but not `2024-10/1` (a date) or `2024-10` (going down).
        let starts_date = toks
            .get(j + 2)
            .is_some_and(|t| !t.space_before && (t.is_punct('/') || t.is_punct('-')));
        if let Some(v) = int_of(second_tok)
            .filter(|&v| second_tok.text.len() == 2 && !starts_date && low / 100 * 100 + v > low)
        {
            let mut r = c.clone();
            r.high = Some((low / 100 * 100 + v) as f64);
            r.kind = NumberKind::Year;
            r.last = j + 1;
            return r;
        }
    }
    let second = match parse_at(toks, j + 1) {
        Some(s) => s,
        None => return c,
    };
    let compatible = second.kind == c.kind
        || c.kind == NumberKind::Count
            && matches!(
                second.kind,
                NumberKind::Duration
                    | NumberKind::Measure
                    | NumberKind::Percent
                    | NumberKind::Money
            )
        || c.kind == NumberKind::Year
            && second.kind == NumberKind::Count
            && second.bare_int
            && is_year_digits(&toks[second.first]);
    if !compatible || second.value < c.value || second.high.is_some() {
        return c;
    }
    // `one or two` only for small word numbers; `or` between digits is a choice.
    if sep.lower == "or" && (c.digits || second.value > 20.0) {
        return c;
    }
    let mut r = c.clone();
    r.high = Some(second.value);
    r.last = second.last;
    if c.kind == NumberKind::Count {
        r.kind = second.kind;
        if second.kind == NumberKind::Money {
            // `5 to $7 million` keeps the scale of the second figure.
        }
    }
    if c.kind == NumberKind::Year && second.kind == NumberKind::Count {
        r.kind = NumberKind::Year;
    }
    r.bare_int = false;
    r
}

/// Hedges before the number (`some`, `as many as`, `more than`): the bound and
/// where the span starts. `only`, `just`, `all` are exact and stay out.
fn attach_hedge(toks: &[Token<'_>], mut c: Core) -> (Core, Option<usize>) {
    if matches!(c.kind, NumberKind::Date | NumberKind::Ordinal) {
        return (c, None);
    }
    // A verb bounds the number but stays out of the span (CLAIMS.md).
    if c.first > 0 {
        let verb_bound = match toks[c.first - 1].lower {
            "exceed" | "exceeds" | "exceeded" | "exceeding" | "surpass" | "surpassed"
            | "surpasses" | "topped" | "tops" => Some(Bound::AtLeast),
            _ => None,
        };
        if let Some(b) = verb_bound {
            c.bound = b;
            return (c, None);
        }
    }
    for (hedge, bound) in words::HEDGES {
        let n = hedge.len();
        if c.first < n {
            continue;
        }
        let start = c.first - n;
        let matches = hedge
            .iter()
            .enumerate()
            .all(|(k, w)| toks[start + k].lower == *w);
        if !matches {
            continue;
        }
        // `over` means `during` before a period (`spending over five years`,
        // `over the past 30 days`), unless the period itself is what is
        // bounded (`served over 10 years`, `in over two decades`).
        if hedge == &["over"] && c.kind == NumberKind::Duration {
            let before = start.checked_sub(1).map(|p| toks[p].lower);
            let bounded = matches!(
                before,
                Some(
                    "for"
                        | "to"
                        | "in"
                        | "of"
                        | "after"
                        | "than"
                        | "served"
                        | "spent"
                        | "lasted"
                        | "lasting"
                        | "took"
                        | "taken"
                        | "aged"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "been"
                )
            );
            if !bounded {
                return (c, None);
            }
        }
        c.bound = *bound;
        return (c, Some(start));
    }
    (c, None)
}

/// Whether a candidate is not a number mention at all: parts of names and
/// codes (`G7`, `COVID-19`, `Boeing 737`, `Article 5`, `World Cup 2018`),
/// phone numbers, page numbers.
fn is_excluded(toks: &[Token<'_>], c: &Core) -> bool {
    let first = &toks[c.first];
    let prev = c.first.checked_sub(1).map(|p| &toks[p]);
    if c.digits && !first.space_before {
        if let Some(p) = prev {
            // `G7`, `A380`, `H.R.1424`
            if p.is_word() || p.is_punct('.') && c.first >= 2 && toks[c.first - 2].is_word() {
                return true;
            }
            // `COVID-19`, `STS-135`, `RI-1`, but `mid-2000s`, `pre-2008`
            if p.is_punct('-') && c.first >= 2 && !p.space_before {
                let w = &toks[c.first - 2];
                if (w.is_word() || w.is_num())
                    && !matches!(
                        w.lower,
                        "mid" | "pre" | "post" | "early" | "late" | "over" | "under"
                    )
                {
                    return true;
                }
            }
        }
    }
    if c.digits {
        // A following `-NN` or `.NN` group that is not a range: phone numbers, codes.
        if let (Some(d), Some(n)) = (toks.get(c.last + 1), toks.get(c.last + 2)) {
            if (d.is_punct('-') || d.is_punct('.'))
                && !d.space_before
                && !n.space_before
                && n.is_num()
            {
                return true;
            }
            // `737-800`
            if d.is_punct('-')
                && !d.space_before
                && n.is_word()
                && !n.space_before
                && n.text.chars().all(char::is_uppercase)
            {
                return true;
            }
        }
        // Attached letters after a number that is not a unit: `3D`, `5G`.
        if let Some(n) = toks.get(c.last + 1) {
            if !n.space_before && n.is_word() {
                return true;
            }
        }
    }
    if let Some(p) = prev {
        // `Article 5`, `pp. 110-255`, `No. 10`, `day five`
        let ident = |t: &Token<'_>| t.has(lexicon::IDENTIFIER_HEAD);
        let head = if p.is_punct('.') {
            c.first.checked_sub(2).map(|q| &toks[q])
        } else {
            Some(p)
        };
        let plain_first =
            int_of(first).is_some() && matches!(c.kind, NumberKind::Count | NumberKind::Year);
        if plain_first
            || !c.digits && c.kind == NumberKind::Count && c.high.is_none() && c.first == c.last
        {
            if let Some(h) = head.filter(|h| h.is_word()) {
                if ident(h) && !(h.lower == "no" && !p.is_punct('.') && !h.is_capitalized()) {
                    return true;
                }
            }
        }
        // `Boeing 737`, `Vostok 1`, `World Cup 2018`: a capitalised word right
        // before a bare number, unless it starts the sentence or is a month.
        // A possessive is not a name's part: `the BoE's 2% target`.
        if int_of(first).is_some()
            && c.kind != NumberKind::Date
            && p.is_capitalized()
            && c.first >= 2
            && !p.has(lexicon::MONTH)
            && !p.has(lexicon::FUNCTION_WORD)
            && !p.is_possessive()
        {
            return true;
        }
        // `the 747,` : a bare number after `the` that counts nothing.
        if c.bare_int && p.lower == "the" && c.kind == NumberKind::Count {
            let next = toks.get(c.last + 1);
            if next.is_none_or(|n| n.kind == Kind::Punct || n.is_capitalized()) {
                return true;
            }
        }
        // `the 2018 FIFA World Cup`
        if c.kind == NumberKind::Year
            && c.high.is_none()
            && p.lower == "the"
            && toks.get(c.last + 1).is_some_and(|n| n.is_capitalized())
        {
            return true;
        }
        // `Act of 2008`, `Class of 2020`
        if c.kind == NumberKind::Year
            && p.lower == "of"
            && c.first >= 2
            && toks[c.first - 2].is_capitalized()
            && !toks[c.first - 2].has(lexicon::MONTH)
            && c.first >= 3
        {
            return true;
        }
    }
    false
}

/// The head of the counted noun: `some 11,000 North Korean soldiers` ->
/// `soldiers`; through `of` (`half of all children`); for money through `in`.
fn counted_noun(toks: &[Token<'_>], c: &Core) -> Option<String> {
    match c.kind {
        NumberKind::Year | NumberKind::Date => return None,
        // A clock time counts nothing.
        NumberKind::Other if toks.get(c.first + 1).is_some_and(|t| t.is_punct(':')) => return None,
        NumberKind::Duration => {
            // Only a compound names what it measures: `11-year lull`,
            // `34-year-old shopkeeper`.
            let compound = c.last > 0 && toks[c.last - 1].is_punct('-');
            let names_it = toks.get(c.last).is_some_and(|t| {
                t.lower == "old" || t.has(lexicon::TIME_UNIT) && !t.lower.ends_with('s')
            });
            if !(compound && names_it) {
                return None;
            }
        }
        _ => {}
    }
    if c.kind == NumberKind::Measure {
        // For a measure, the attribute: `6.3-magnitude`, `magnitude 6.3`, `a depth of 10km`.
        if let Some(m) = toks[c.first..=c.last]
            .iter()
            .chain(c.first.checked_sub(1).map(|p| &toks[p]))
            .find(|t| t.lower == "magnitude")
        {
            return Some(m.lower.to_string());
        }
        if c.first >= 2
            && toks[c.first - 1].lower == "of"
            && toks[c.first - 2].is_lowercase_word()
            && !toks[c.first - 2].has(lexicon::FUNCTION_WORD)
        {
            return Some(toks[c.first - 2].lower.to_string());
        }
    }
    let mut j = c.last + 1;
    // `rose 7.8% year-on-year`: an adverb, not a noun.
    if toks.get(j).is_some_and(|t| t.has(lexicon::TIME_UNIT))
        && toks
            .get(j + 1)
            .is_some_and(|h| h.is_punct('-') && !h.space_before)
    {
        return None;
    }
    // `six-member crew`: the noun is inside the compound.
    if let (Some(h), Some(w)) = (toks.get(j), toks.get(j + 1)) {
        if h.is_punct('-')
            && !h.space_before
            && !w.space_before
            && w.is_word()
            && c.kind == NumberKind::Count
        {
            return Some(w.lower.to_string());
        }
    }
    let via = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| t.lower == "of" || t.lower == "in" && c.kind == NumberKind::Money)
    };
    if via(toks.get(j)) {
        // `$1,300 in the United States`: a place, not what the money buys.
        if c.kind == NumberKind::Money && toks.get(j).is_some_and(|t| t.lower == "in") {
            // (`in Hollywood tax incentives` is what it buys: a name that
            // modifies a noun.)
            let mut k = if toks.get(j + 1).is_some_and(|t| t.lower == "the") {
                j + 2
            } else {
                j + 1
            };
            let named = toks.get(k).is_some_and(|t| t.is_capitalized());
            while toks
                .get(k)
                .is_some_and(|t| t.is_capitalized() || t.is_punct('.') && !t.space_before)
            {
                k += 1;
            }
            if named
                && toks
                    .get(k)
                    .is_none_or(|t| !t.is_lowercase_word() || t.has(lexicon::FUNCTION_WORD))
            {
                return None;
            }
        }
        j += 1;
        while toks.get(j).is_some_and(|t| {
            matches!(
                t.lower,
                "the" | "all" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
            )
        }) {
            j += 1;
        }
    }
    let mut head: Option<&Token<'_>> = None;
    let mut count = 0;
    while let Some(t) = toks.get(j) {
        if t.kind != Kind::Word {
            // Hyphenated compounds stay together: `front-line troops`.
            if t.is_punct('-')
                && !t.space_before
                && toks
                    .get(j + 1)
                    .is_some_and(|n| !n.space_before && n.is_word())
            {
                j += 1;
                continue;
            }
            break;
        }
        if t.has(lexicon::FUNCTION_WORD)
            || t.has(lexicon::MONTH) && t.is_capitalized()
            || t.has(lexicon::WEEKDAY)
        {
            break;
        }
        // An initial or abbreviation (`the 1st U.S. Circuit`, `0.6% q/q`) is not a noun.
        if t.text.len() == 1
            && toks
                .get(j + 1)
                .is_some_and(|n| (n.is_punct('.') || n.is_punct('/')) && !n.space_before)
        {
            break;
        }
        // `0.3% next year`: a time expression follows, not a counted noun.
        if matches!(t.lower, "next" | "last" | "this" | "each" | "every" | "per") {
            break;
        }
        // `80% of the city's roads`: a possessive is a determiner here.
        if t.is_possessive() && toks.get(j + 1).is_some_and(|n| n.is_word()) {
            j += 1;
            continue;
        }
        let participle = t.lower.ends_with("ing") || t.lower.ends_with("ed");
        if participle && count > 0 {
            // `$550 billion in new federal spending over five years`: a
            // noun in -ing ends the phrase; `troops guarding the border` is
            // a clause.
            let ends_phrase = toks
                .get(j + 1)
                .is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD));
            if t.lower.ends_with("ing") && ends_phrase {
                head = Some(t);
            }
            break;
        }
        // `the 62nd minute Kim Min-Woo`: a name starts a new phrase.
        if t.is_capitalized()
            && head.is_some_and(|h| {
                h.is_lowercase_word() && !h.lower.ends_with("ed") && !h.lower.ends_with("ing")
            })
        {
            break;
        }
        if participle && count == 0 {
            // `three remaining orbiters` vs `seven died`: keep going only if a noun follows.
            if !toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && !n.has(lexicon::FUNCTION_WORD))
            {
                break;
            }
        }
        head = Some(t);
        count += 1;
        j += 1;
        if is_plural_noun(t.lower) || count >= 5 {
            break;
        }
    }
    head.map(|t| t.lower.to_lowercase())
}

fn is_plural_noun(w: &str) -> bool {
    words::is_irregular_plural(w)
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::{lower_ascii_into, tokenize};

    fn numbers(s: &str) -> Vec<(String, f64, Option<f64>, NumberKind, Bound, Option<String>)> {
        let mut lower = String::new();
        lower_ascii_into(s, &mut lower);
        let mut toks = Vec::new();
        tokenize(s, &lower, 0, s.len(), &mut toks);
        let mut out = Vec::new();
        find(s, &toks, &mut out);
        out.into_iter()
            .map(|m| (m.text, m.value, m.high, m.kind, m.bound, m.noun))
            .collect()
    }

    #[test]
    fn number_mentions_follow_claims_md() {
        use Bound::*;
        use NumberKind::*;
        type Row = (
            &'static str,
            f64,
            Option<f64>,
            NumberKind,
            Bound,
            Option<&'static str>,
        );
        let cases: &[(&str, &[Row])] = &[
            (
                "some 11,000 North Korean soldiers",
                &[(
                    "some 11,000",
                    11000.0,
                    None,
                    Count,
                    Approx,
                    Some("soldiers"),
                )],
            ),
            (
                "as many as 10,000 troops",
                &[(
                    "as many as 10,000",
                    10000.0,
                    None,
                    Count,
                    AtMost,
                    Some("troops"),
                )],
            ),
            (
                "with 1.2 million soldiers",
                &[("1.2 million", 1.2e6, None, Count, Exact, Some("soldiers"))],
            ),
            (
                "the 1950-53 Korean War",
                &[("1950-53", 1950.0, Some(1953.0), Year, Exact, None)],
            ),
            (
                "appealed to the 1st U.S. Circuit Court",
                &[("1st", 1.0, None, Ordinal, Exact, None)],
            ),
            (
                "one in five patients",
                &[("one in five", 0.2, None, Other, Exact, Some("patients"))],
            ),
            (
                "Nine out of 10 residents",
                &[("Nine out of 10", 0.9, None, Other, Exact, Some("residents"))],
            ),
            (
                "killed 5 in 10 days",
                &[
                    ("5", 5.0, None, Count, Exact, None),
                    ("10 days", 10.0, None, Duration, Exact, None),
                ],
            ),
            (
                "Three quarters of the dead",
                &[("Three quarters", 0.75, None, Other, Exact, Some("dead"))],
            ),
            (
                "shrank by roughly a quarter since 2021",
                &[
                    ("roughly a quarter", 0.25, None, Other, Approx, None),
                    ("2021", 2021.0, None, Year, Exact, None),
                ],
            ),
            ("a third goal", &[]),
            (
                "A 6.3-magnitude earthquake struck",
                &[(
                    "6.3-magnitude",
                    6.3,
                    None,
                    Measure,
                    Exact,
                    Some("magnitude"),
                )],
            ),
            (
                "at a depth of 10km",
                &[("10km", 10.0, None, Measure, Exact, Some("depth"))],
            ),
            (
                "wages grew 7.8% year-on-year",
                &[("7.8%", 7.8, None, Percent, Exact, None)],
            ),
            (
                "City beat Madrid 4-0 on Wednesday",
                &[
                    ("4", 4.0, None, Count, Exact, None),
                    ("0", 0.0, None, Count, Exact, None),
                ],
            ),
            (
                "The Senate voted 68-32",
                &[
                    ("68", 68.0, None, Count, Exact, None),
                    ("32", 32.0, None, Count, Exact, None),
                ],
            ),
            (
                "They drew 1-1 in Madrid",
                &[
                    ("1", 1.0, None, Count, Exact, None),
                    ("1", 1.0, None, Count, Exact, None),
                ],
            ),
            (
                "spending over five years",
                &[("five years", 5.0, None, Duration, Exact, None)],
            ),
            (
                "$550 billion in new federal spending over five years",
                &[
                    ("$550 billion", 5.5e11, None, Money, Exact, Some("spending")),
                    ("five years", 5.0, None, Duration, Exact, None),
                ],
            ),
            (
                "He served over 10 years in prison",
                &[("over 10 years", 10.0, None, Duration, AtLeast, None)],
            ),
            (
                "patients aged 18 to 65",
                &[("18 to 65", 18.0, Some(65.0), Duration, Exact, None)],
            ),
            (
                "between Jan. 2019 and Dec. 2021",
                &[(
                    "Jan. 2019 and Dec. 2021",
                    2019.0,
                    Some(2021.0),
                    Date,
                    Exact,
                    None,
                )],
            ),
            (
                "costs about $1,300 in the United States",
                &[("about $1,300", 1300.0, None, Money, Approx, None)],
            ),
            (
                "remains three times the BoE's 2% target",
                &[
                    ("three", 3.0, None, Count, Exact, Some("times")),
                    ("2%", 2.0, None, Percent, Exact, Some("target")),
                ],
            ),
            (
                "growth of around 0.3% next year",
                &[("around 0.3%", 0.3, None, Percent, Approx, None)],
            ),
            (
                "GDP rose 0.6% q/q",
                &[("0.6%", 0.6, None, Percent, Exact, None)],
            ),
            (
                "The 34-year-old shopkeeper",
                &[(
                    "34-year-old",
                    34.0,
                    None,
                    Duration,
                    Exact,
                    Some("shopkeeper"),
                )],
            ),
            (
                "in 2024 – 10/1/2008",
                &[
                    ("2024", 2024.0, None, Year, Exact, None),
                    ("10/1/2008", 2008.0, None, Date, Exact, None),
                ],
            ),
            (
                "costs $3bn a year",
                &[("$3bn", 3e9, None, Money, Exact, None)],
            ),
            (
                "$192 million in tax rebates",
                &[("$192 million", 1.92e8, None, Money, Exact, Some("rebates"))],
            ),
            ("rose 45% on", &[("45%", 45.0, None, Percent, Exact, None)]),
            (
                "only 10 per cent of Australian salt",
                &[("10 per cent", 10.0, None, Percent, Exact, Some("salt"))],
            ),
            (
                "a 3.5 km road",
                &[("3.5 km", 3.5, None, Measure, Exact, Some("road"))],
            ),
            (
                "in February 2022.",
                &[("February 2022", 2022.0, None, Date, Exact, None)],
            ),
            (
                "on 24 November there",
                &[("24 November", 24.0, None, Date, Exact, None)],
            ),
            (
                "Saturday, October 4, 2008",
                &[("October 4, 2008", 2008.0, None, Date, Exact, None)],
            ),
            (
                "On 10/1/2008, the Senate",
                &[("10/1/2008", 2008.0, None, Date, Exact, None)],
            ),
            (
                "launches June 28.",
                &[("June 28", 28.0, None, Date, Exact, None)],
            ),
            ("in 2024 the", &[("2024", 2024.0, None, Year, Exact, None)]),
            (
                "the 21st century",
                &[("21st", 21.0, None, Ordinal, Exact, Some("century"))],
            ),
            (
                "two votes",
                &[("two", 2.0, None, Count, Exact, Some("votes"))],
            ),
            (
                "twenty-five people",
                &[("twenty-five", 25.0, None, Count, Exact, Some("people"))],
            ),
            (
                "a dozen eggs",
                &[("a dozen", 12.0, None, Count, Exact, Some("eggs"))],
            ),
            (
                "hundreds of suspected North Korean soldiers",
                &[("hundreds", 100.0, None, Count, Approx, Some("soldiers"))],
            ),
            (
                "tens of thousands of people",
                &[(
                    "tens of thousands",
                    10000.0,
                    None,
                    Count,
                    Approx,
                    Some("people"),
                )],
            ),
            (
                "Almost half of all children",
                &[("Almost half", 0.5, None, Other, Approx, Some("children"))],
            ),
            (
                "required 3/5 to be",
                &[("3/5", 0.6, None, Other, Exact, None)],
            ),
            (
                "a few million in tax breaks",
                &[("a few million", 1e6, None, Money, Approx, Some("breaks"))],
            ),
            (
                "aged 8–10 years",
                &[("8–10 years", 8.0, Some(10.0), Duration, Exact, None)],
            ),
            (
                "between July 2003 and December 2004",
                &[(
                    "July 2003 and December 2004",
                    2003.0,
                    Some(2004.0),
                    Date,
                    Exact,
                    None,
                )],
            ),
            (
                "from 2004 to 2009",
                &[("2004 to 2009", 2004.0, Some(2009.0), Year, Exact, None)],
            ),
            (
                "two or three goals",
                &[("two or three", 2.0, Some(3.0), Count, Exact, Some("goals"))],
            ),
            (
                "between 5 and 7 days",
                &[("5 and 7 days", 5.0, Some(7.0), Duration, Exact, None)],
            ),
            (
                "for at least four decades",
                &[("at least four decades", 4.0, None, Duration, AtLeast, None)],
            ),
            (
                "More than two billion people",
                &[(
                    "More than two billion",
                    2e9,
                    None,
                    Count,
                    AtLeast,
                    Some("people"),
                )],
            ),
            (
                "exploded 73 seconds after",
                &[("73 seconds", 73.0, None, Duration, Exact, None)],
            ),
            (
                "an 11-year lull",
                &[("11-year", 11.0, None, Duration, Exact, Some("lull"))],
            ),
            (
                "a six-member crew",
                &[("six", 6.0, None, Count, Exact, Some("member"))],
            ),
            (
                "at 00:37 local time",
                &[("00:37", 0.37, None, Other, Exact, None)],
            ),
            (
                "Sweden 1 – 0 Korea",
                &[
                    ("1", 1.0, None, Count, Exact, None),
                    ("0", 0.0, None, Count, Exact, None),
                ],
            ),
            (
                "one Malaysian, one Brit",
                &[
                    ("one", 1.0, None, Count, Exact, Some("malaysian")),
                    ("one", 1.0, None, Count, Exact, Some("brit")),
                ],
            ),
            (
                "over the past 30 days",
                &[("30 days", 30.0, None, Duration, Exact, None)],
            ),
            (
                "less than 5%",
                &[("less than 5%", 5.0, None, Percent, AtMost, None)],
            ),
            (
                "about 500 miles (800 km)",
                &[
                    ("about 500 miles", 500.0, None, Measure, Approx, None),
                    ("800 km", 800.0, None, Measure, Exact, None),
                ],
            ),
            (
                "3,5 litres",
                &[("3,5 litres", 3.5, None, Measure, Exact, None)],
            ),
            (
                "€20 million",
                &[("€20 million", 2e7, None, Money, Exact, None)],
            ),
            (
                "5 million euros",
                &[("5 million euros", 5e6, None, Money, Exact, None)],
            ),
            (
                "could exceed 1 billion reais",
                &[("1 billion reais", 1e9, None, Money, AtLeast, None)],
            ),
            (
                "said Maria Souza, 54, a teacher",
                &[("54", 54.0, None, Duration, Exact, None)],
            ),
            (
                "Around 80% of the city's roads",
                &[("Around 80%", 80.0, None, Percent, Approx, Some("roads"))],
            ),
        ];
        let mut failures = Vec::new();
        for (input, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|(t, v, h, k, b, n)| (t.to_string(), *v, *h, *k, *b, n.map(str::to_string)))
                .collect();
            let got = numbers(input);
            if got != expected {
                failures.push(format!("{input:?}\n   got {got:?}\n  want {expected:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} rows differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn exclusions_follow_claims_md() {
        let cases = [
            "for the first time",
            "the second largest",
            "one of the world's largest",
            "one another",
            "the G7 summit",
            "a Boeing 737 jet",
            "COVID-19 cases",
            "Article 5 of the treaty",
            "call 555-0123 now",
            "on Tuesday",
            "In June,",
            "One such accident",
            "a decade ago",
            "fourth place",
            "FIFA World Cup 2018",
            "the Act of 2008",
            "Division B (pp. 110-255)",
            "the 747, which",
            "STS-135 mission",
            "H.R.1424 passed",
            "day five of the",
            "in the first half",
            "Air Force One",
            "section 1.2.3",
        ];
        let failures: Vec<_> = cases
            .iter()
            .map(|c| (c, numbers(c)))
            .filter(|(_, got)| !got.is_empty())
            .collect();
        assert!(
            failures.is_empty(),
            "found numbers where there are none: {failures:#?}"
        );
    }
}
