//! Hedges: `some`, `about`, `at least`, `up to` before a number set its bound.

use super::*;

/// Hedges before the number (`some`, `as many as`, `more than`): the bound and
/// where the span starts. `only`, `just`, `all` are exact and stay out.
pub(super) fn attach_hedge(toks: &[Token<'_>], mut c: Core) -> (Core, Option<usize>) {
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
    // `up to magnitude 5.5`: the hedge stands before the unit.
    let opens = if c.first > 0 && toks[c.first - 1].lower == "magnitude" {
        c.first - 1
    } else {
        c.first
    };
    if opens == 0 || !toks[opens - 1].has(lexicon::HEDGE_END) {
        return (c, None);
    }
    for (hedge, bound) in words::HEDGES {
        let n = hedge.len();
        if opens < n {
            continue;
        }
        let start = opens - n;
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
            // (`people over 65`: an age, bounded.)
            let age = start.checked_sub(1).is_some_and(|p| names_people(&toks[p]));
            if !bounded && !age {
                return (c, None);
            }
        }
        c.bound = *bound;
        return (c, Some(start));
    }
    (c, None)
}
