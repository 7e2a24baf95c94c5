//! Number mentions: quantities, amounts, shares, measures, dates and years,
//! with their value, range, kind, hedge and counted noun (`CLAIMS.md`).

use crate::lexicon;
use crate::token::{Kind, Token};
use crate::words;
use crate::{Bound, NumberKind, NumberMention};

mod exclusions;
mod hedges;
mod nouns;
mod parse;
mod ranges;
#[cfg(test)]
mod tests;
mod units;

use exclusions::*;
use hedges::*;
use nouns::*;
use parse::*;
use ranges::*;
use units::*;

pub(crate) use units::is_apposed_age;

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
    // The last mention found: its last token, hedge and kind.
    let mut before: Option<(usize, Bound, NumberKind)> = None;
    while i < toks.len() {
        if !may_open(toks, i) {
            i += 1;
            continue;
        }
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
        mark_named_year(toks, &mut core);
        let next = core.last + 1;
        if !is_excluded(toks, &core) {
            let (core, hedge_first) = attach_hedge(toks, core);
            let noun = counted_noun(toks, &core, hedge_first.unwrap_or(core.first));
            let mut m = mention(text, toks, &core, noun);
            if let Some(h) = hedge_first {
                m.start = toks[h].start;
                m.text = text[m.start..m.end].to_string();
            }
            if let Some(bound) = before.and_then(|b| converted_bound(toks, &core, b)) {
                m.bound = bound;
            }
            before = Some((core.last, m.bound, m.kind));
            out.push(m);
        }
        i = next;
    }
}

/// `about 500 miles (800 km)`: a figure in brackets right after one of
/// its kind converts it, and takes its hedge (CLAIMS.md).
fn converted_bound(
    toks: &[Token<'_>],
    core: &Core,
    (last, bound, kind): (usize, Bound, NumberKind),
) -> Option<Bound> {
    let bracketed = core.first == last + 2
        && toks[last + 1].is_punct('(')
        && toks.get(core.last + 1).is_some_and(|t| t.is_punct(')'));
    (bracketed && core.kind == kind && core.bound == Bound::Exact).then_some(bound)
}

fn b_last(toks: &[Token<'_>], i: usize) -> usize {
    // A score is `N – M`: three tokens.
    (i + 3).min(toks.len())
}

fn mention(text: &str, toks: &[Token<'_>], core: &Core, noun: Option<String>) -> NumberMention {
    let start = toks[core.first].start;
    // (`the 16-year-old's mother`: the possessive is no part of the figure.)
    let end = toks[core.last].end_before_possessive();
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
/// A scale written as a word (`hundred`, `million`, `crore`), not a letter
/// abbreviation that only counts attached to digits (`k`, `m`, `bn`).
fn word_scale(t: &Token<'_>) -> Option<f64> {
    // `1.2 bn`, `5 mn` in lower case; in capitals two letters are more
    // often a code (`5 MN` meganewtons, `TN` for Tennessee).
    let two_lower = t.lower.len() == 2 && t.text == t.lower;
    words::scale(t.lower).filter(|_| t.lower.len() > 2 || two_lower)
}

fn attached<'a, 'b>(toks: &'b [Token<'a>], i: usize) -> Option<&'b Token<'a>> {
    toks.get(i + 1).filter(|t| !t.space_before)
}

/// The word joined to token `i` by a hyphen, spaces on neither side:
/// `hundred` in `one-hundred`, `odd` in `1,000-odd`.
fn hyphened_word<'a, 'b>(toks: &'b [Token<'a>], i: usize) -> Option<&'b Token<'a>> {
    attached(toks, i)
        .filter(|h| h.is_punct('-'))
        .and_then(|_| attached(toks, i + 1))
}

/// Where the word after token `i` is, across a hyphen that joins them:
/// `sixties` in both `nineteen-sixties` and `nineteen sixties`.
fn next_word_at(toks: &[Token<'_>], i: usize) -> usize {
    if hyphened_word(toks, i).is_some() {
        i + 2
    } else {
        i + 1
    }
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
