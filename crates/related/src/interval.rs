//! A number mention as the interval of values it allows (`CLAIMS.md`):
//! two figures for the same quantity conflict when their intervals do not
//! overlap.

use claims::{Bound, NumberMention};

/// The closed interval `[lo, hi]` a mention allows (`hi` may be infinite).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub lo: f64,
    pub hi: f64,
}

/// How far `approx` ("some", "about", "nearly") widens a figure either side.
const APPROX: f64 = 0.04;

impl Interval {
    /// `exact` `[v, v]` (a range `[value, high]`); `approx` widened by 4%
    /// either way; `at_most` `[0, v]`; `at_least` `[v, inf)`.
    pub fn new(value: f64, high: Option<f64>, bound: Bound) -> Interval {
        let (lo, hi) = match high {
            Some(h) => (value.min(h), value.max(h)),
            None => (value, value),
        };
        match bound {
            Bound::Exact => Interval { lo, hi },
            Bound::Approx => Interval {
                lo: widen(lo, -APPROX),
                hi: widen(hi, APPROX),
            },
            Bound::AtMost => Interval {
                lo: 0f64.min(lo),
                hi,
            },
            Bound::AtLeast => Interval {
                lo,
                hi: f64::INFINITY,
            },
        }
    }

    pub fn of(m: &NumberMention) -> Interval {
        Interval::new(m.value, m.high, m.bound)
    }

    /// Whether some value is allowed by both: the two figures agree.
    pub fn overlaps(&self, other: &Interval) -> bool {
        self.lo <= other.hi && other.lo <= self.hi
    }
}

/// `v` moved by `fraction` of its size, away from zero when positive.
fn widen(v: f64, fraction: f64) -> f64 {
    v + v.abs() * fraction
}

#[cfg(test)]
mod tests {
    use super::*;
    use Bound::*;

    #[test]
    fn agreement_follows_the_interval_semantics_of_claims_md() {
        let table = [
            // (a, b, agree)
            ((11_000.0, None, Approx), (10_000.0, None, Approx), false),
            ((10_000.0, None, AtMost), (11_000.0, None, Approx), false),
            ((10_000.0, None, Approx), (10_300.0, None, Exact), true),
            ((10_000.0, None, AtMost), (10_000.0, None, Approx), true),
            ((259.0, None, Exact), (259.0, None, Exact), true),
            ((259.0, None, Exact), (270.0, None, Exact), false),
            ((27.0, None, AtLeast), (30.0, None, Exact), true),
            ((27.0, None, AtLeast), (20.0, None, Exact), false),
            ((10.0, Some(20.0), Exact), (15.0, None, Exact), true),
            ((10.0, Some(20.0), Exact), (21.0, None, Exact), false),
            ((-12.0, None, Approx), (-12.4, None, Exact), true),
        ];
        for ((av, ah, ab), (bv, bh, bb), agree) in table {
            let a = Interval::new(av, ah, ab);
            let b = Interval::new(bv, bh, bb);
            assert_eq!(a.overlaps(&b), agree, "{a:?} vs {b:?}");
            assert_eq!(b.overlaps(&a), agree, "symmetric: {b:?} vs {a:?}");
        }
    }
}
