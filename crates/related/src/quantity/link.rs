//! One pair of figures: the same quantity or not, and why.

use claims::NumberKind;
use serde::{Deserialize, Serialize};

use super::nouns::{self, NounRelation};
use super::Figure;

/// Why two figures are taken for the same quantity: what the window shows
/// beside a linked figure.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// Both give the same number (`259` / `259`).
    pub same_value: bool,
    pub noun: NounRelation,
    /// The content terms both clauses share (`north`, `korean`, `russia`).
    pub shared: Vec<String>,
}

impl Link {
    /// One line for the analyst: `same figure; soldiers / troops; both
    /// mention: north, korean`.
    pub fn explain(&self, a: &Figure, b: &Figure) -> String {
        let mut parts = Vec::new();
        if self.same_value {
            parts.push("same figure".to_string());
        }
        match (self.noun, &a.noun, &b.noun) {
            (NounRelation::Same, Some(n), _) => parts.push(format!("both count {n}")),
            (NounRelation::Kin, Some(x), Some(y)) => parts.push(format!("{x} / {y}")),
            _ => {}
        }
        if !self.shared.is_empty() {
            let shown: Vec<&str> = self
                .shared
                .iter()
                .map(|t| {
                    let at = a.context.binary_search(t).ok();
                    at.and_then(|i| a.words.get(i))
                        .map_or(t.as_str(), String::as_str)
                })
                .collect();
            parts.push(format!("both mention: {}", shown.join(", ")));
        }
        parts.join("; ")
    }
}

/// Values at most this far apart (ratio) can be rival figures for one
/// quantity (`some 11,000` / `as many as 10,000`); further apart they are
/// different things (a unit's 10,000 troops and an army's 1.2 million).
const RIVAL_RATIO: f64 = 1.5;

/// Whether `a` and `b` are figures for the same quantity, and why.
pub fn link(a: &Figure, b: &Figure) -> Option<Link> {
    if a.kind != b.kind || a.kind == NumberKind::Other {
        return None;
    }
    if let (Some(x), Some(y)) = (&a.unit, &b.unit) {
        if super::canonical_unit(a.kind, x) != super::canonical_unit(b.kind, y) {
            return None; // conversions cannot be compared as intervals
        }
    }
    let noun = nouns::relate(a.noun.as_deref(), b.noun.as_deref());
    if noun == NounRelation::Different {
        return None;
    }
    let shared = shared_terms(&a.context, &b.context);
    let same_value = same_number(a.value, b.value)
        && match (a.high, b.high) {
            (None, None) => true,
            (Some(x), Some(y)) => same_number(x, y),
            _ => false,
        };
    let named = matches!(noun, NounRelation::Same | NounRelation::Kin);
    let names = shared
        .iter()
        .filter(|t| a.names.contains(t) || b.names.contains(t))
        .count();
    let linked = match a.kind {
        // A date or a year is the same quantity only when it dates the same
        // event: the same value and something in common around it.
        NumberKind::Year | NumberKind::Date | NumberKind::Duration | NumberKind::Ordinal => {
            same_value && (!shared.is_empty() || noun == NounRelation::Same)
        }
        // `259` twice is rarely chance; `three` twice often is, unless the
        // same names stand around it (`Sweden 1 – 0 Korea`).
        _ if same_value && is_distinctive(a.value) => named || !shared.is_empty(),
        _ if same_value && same_result(a, b, names) => true,
        _ if same_value => names >= 2,
        // Rival estimates: the same thing, counted, of the same named whole.
        _ => rivals(a.value, b.value) && named && names >= 1 && shared.len() >= 2,
    };
    linked.then_some(Link {
        same_value,
        noun,
        shared,
    })
}

/// Two score lines with the same numbers and a side named in both: one
/// result. When each line names two sides of its own, both must agree
/// (`England 2 – 1 Tunisia` is not `England 2 – 1 Panama`).
fn same_result(a: &Figure, b: &Figure, shared_names: usize) -> bool {
    let same_other = match (a.score_with, b.score_with) {
        (Some(x), Some(y)) => same_number(x, y),
        _ => false,
    };
    same_other && shared_names >= 1 && (shared_names >= 2 || a.names.len().min(b.names.len()) <= 1)
}

fn same_number(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Close enough to be two estimates of one thing.
fn rivals(a: f64, b: f64) -> bool {
    let (lo, hi) = (a.abs().min(b.abs()), a.abs().max(b.abs()));
    lo > 0.0 && hi / lo <= RIVAL_RATIO && a.signum() == b.signum()
}

/// A figure unlikely to recur by chance: not a small count, not a round
/// ten, hundred or thousand (`259` is; `10` and `1,000` are not).
fn is_distinctive(v: f64) -> bool {
    let v = v.abs();
    if v < 13.0 {
        return false;
    }
    let mut m = v;
    while m >= 10.0 && (m / 10.0).fract() == 0.0 {
        m /= 10.0;
    }
    m >= 10.0 || m.fract() != 0.0
}

/// Terms in both sorted lists.
fn shared_terms(a: &[String], b: &[String]) -> Vec<String> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i].clone());
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinctive_figures_are_not_small_or_round() {
        for (v, want) in [
            (259.0, true),
            (270.0, true),
            (27.0, true),
            (1988.0, true),
            (11_000.0, true),
            (12.5, false),
            (10.0, false),
            (20.0, false),
            (100.0, false),
            (1_000.0, false),
            (3.0, false),
            (250.0, true),
        ] {
            assert_eq!(is_distinctive(v), want, "{v}");
        }
    }
}
