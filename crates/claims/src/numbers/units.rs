//! Units: currency, percent, measures and time after or before a number,
//! scale words (`million`, `bn`), ages and money named by its noun.

use super::*;

/// Units written after the number: `%`, `per cent`, currencies, measures, durations.
pub(super) fn apply_unit(toks: &[Token<'_>], c: &mut Core) {
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

/// `Maria Souza, 54, a teacher`: a bare number between commas after a name is an age.
pub(super) fn mark_age(toks: &[Token<'_>], c: &mut Core) {
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
pub(super) fn money_by_noun(toks: &[Token<'_>], c: &mut Core) {
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
