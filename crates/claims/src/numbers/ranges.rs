//! Ranges: `10-12`, `between 5 and 7`, `1950-53` into one mention with a high value.

use super::*;

/// `1950-53`, `10-12`, `10 to 12`, `one or two`, `between 5 and 7`,
/// `July 2003 and December 2004`: one mention with a high end.
pub(super) fn extend_range(toks: &[Token<'_>], c: Core) -> Core {
    if c.high.is_some() || matches!(c.kind, NumberKind::Other | NumberKind::Ordinal) {
        return c;
    }
    let j = separator_at(toks, c.last);
    let Some(sep) = toks.get(j) else { return c };
    // (`between the ages of 5 and 17`: the range of an attribute.)
    let between = c.first > 0 && toks[c.first - 1].lower == "between"
        || c.first >= 4
            && toks[c.first - 4].lower == "between"
            && toks[c.first - 3].lower == "the"
            && toks[c.first - 1].lower == "of";
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
    if let Some(years) = is_dash.then(|| short_year_range(toks, &c, j)).flatten() {
        return years;
    }
    let second = match parse_at(toks, j + 1) {
        Some(s) => s,
        None => return c,
    };
    if let Some(days) = day_range(toks, &c, &second) {
        return days;
    }
    let compatible = kinds_join(toks, &c, &second);
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
    r.value = low_end_scaled(toks, &c, &second);
    if c.kind == NumberKind::Count {
        r.kind = second.kind;
    }
    if c.kind == NumberKind::Year && second.kind == NumberKind::Count {
        r.kind = NumberKind::Year;
    }
    // `Jan. 3 to Feb. 7, 2020`: the first date takes the year the second
    // writes, and a date with its year is worth the year (as `day_range`).
    if is_yearless_date(&c) && second.kind == NumberKind::Date && !is_yearless_date(&second) {
        r.value = second.value;
        r.high = None;
    }
    r.bare_int = false;
    r
}

/// `1950-53`: a year range whose high end borrows the century, the dash
/// at `j`; not `2024-10/1` (a date) or `2024-10` (going down).
fn short_year_range(toks: &[Token<'_>], c: &Core, j: usize) -> Option<Core> {
    let year = c.kind == NumberKind::Year || c.bare_int && is_year_digits(&toks[c.last]);
    let second = toks.get(j + 1).filter(|_| year)?;
    let low = c.value as u32;
    let starts_date = toks
        .get(j + 2)
        .is_some_and(|t| !t.space_before && (t.is_punct('/') || t.is_punct('-')));
    let v = int_of(second)
        .filter(|&v| second.text.len() == 2 && !starts_date && low / 100 * 100 + v > low)?;
    let mut r = c.clone();
    r.high = Some((low / 100 * 100 + v) as f64);
    r.kind = NumberKind::Year;
    r.last = j + 1;
    Some(r)
}

/// Whether a figure of `second`'s kind can end a range that `c` starts:
/// the same kind, a count before a unit's figure, a year before a bare
/// year, or money before a count (`$5-6 billion`, `£10-12m`: the sign of
/// the low end is the high end's too).
fn kinds_join(toks: &[Token<'_>], c: &Core, second: &Core) -> bool {
    second.kind == c.kind
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
            && is_year_digits(&toks[second.first])
        || c.kind == NumberKind::Money && second.kind == NumberKind::Count && second.digits
}

/// The low end of a range whose scale is written once, after the high
/// end: `5.5-6 billion`, `$10 to $12 million`, `two to three thousand`,
/// `34 and 44 million years` are 5.5 billion, 10 million, 2,000 and 34
/// million at the low end. A low end that
/// would then pass the high end has no scale of its own to borrow (`from
/// 900 to 1.2 million`).
fn low_end_scaled(toks: &[Token<'_>], low: &Core, high: &Core) -> f64 {
    let amounts = [NumberKind::Count, NumberKind::Money];
    let scale = |c: &Core| -> f64 {
        toks[c.first..=c.last]
            .iter()
            .filter_map(|t| words::scale(t.lower))
            .product()
    };
    let borrowed = scale(high);
    let scaled = times_scale(low.value, borrowed);
    let scaled_kinds = [
        NumberKind::Count,
        NumberKind::Money,
        NumberKind::Duration,
        NumberKind::Measure,
    ];
    let borrows = amounts.contains(&low.kind)
        && scaled_kinds.contains(&high.kind)
        && borrowed > 1.0
        && scale(low) == 1.0
        && scaled <= high.value;
    if borrows {
        scaled
    } else {
        low.value
    }
}

/// Days of one month: `March 1-5` (a date and a day), `March 1-5, 2019`,
/// `1-5 March` and `1 to 5 March 2019` (a day and a date). A date with its
/// year is worth the year, so the range is the date from the first day.
fn day_range(toks: &[Token<'_>], low: &Core, high: &Core) -> Option<Core> {
    let is_day = |c: &Core| c.kind == NumberKind::Count && c.bare_int && c.value <= 31.0;
    let date_low = is_yearless_date(low) && is_day(high);
    let day_low = is_day(low) && high.kind == NumberKind::Date;
    // (`between October 30 and November 9`: the days of two months need
    // not rise; the high end is kept only where it does.)
    let two_dates = is_yearless_date(low) && is_yearless_date(high);
    if !(date_low || day_low || two_dates) || !two_dates && high.value <= low.value {
        return None;
    }
    let year = year_after(toks, high.last).filter(|_| date_low);
    let (high_value, last) = year.unwrap_or((high.value, high.last));
    let with_year = high_value > 31.0;
    Some(Core {
        first: low.first,
        last,
        value: if with_year { high_value } else { low.value },
        high: (!with_year && high_value >= low.value).then_some(high_value),
        kind: NumberKind::Date,
        bound: low.bound,
        bare_int: false,
        digits: true,
    })
}

/// A date without its year (`March 5`): worth its day, not a year.
fn is_yearless_date(c: &Core) -> bool {
    c.kind == NumberKind::Date && c.value <= 31.0
}

/// Where the separator after the low end `last` is: next, or one further
/// past a hyphen left hanging for the unit of the high end (`5- to
/// 10-metre`).
fn separator_at(toks: &[Token<'_>], last: usize) -> usize {
    let hanging = toks
        .get(last + 1)
        .is_some_and(|h| h.is_punct('-') && !h.space_before)
        && toks
            .get(last + 2)
            .is_some_and(|w| w.space_before && matches!(w.lower, "to" | "or" | "and"));
    last + 1 + usize::from(hanging)
}
