//! Same claim: the claim made again in another document (`RELATED.md`
//! section 2).
//!
//! Two claim sentences are compared by their content terms, weighted by
//! how rare each term is among the sentences compared (cosine of TF-IDF
//! vectors), and by the structure the engine extracted: a sentence that
//! gives other figures, or negates what the other affirms, makes another
//! claim whatever the words in common.

use std::collections::HashMap;

use serde::Serialize;

use crate::terms::{self, Terms};

/// A claim sentence to compare.
#[derive(Debug, Clone)]
pub struct ClaimText<'a> {
    /// Which document it is in; only claims of different documents match.
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// The values of its number mentions.
    pub figures: Vec<f64>,
}

/// Two claims taken for the same claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// Indexes into the claims given to [`same_claims`].
    pub a: usize,
    pub b: usize,
    /// Cosine similarity of the two sentences' weighted terms, in `[0, 1]`.
    pub score: f64,
    /// At or above [`CONFIRM`] and long enough: a verdict may be applied to
    /// both at once. Otherwise only a suggestion.
    pub confirmed: bool,
}

/// Below this a pair is not shown.
pub const SUGGEST: f64 = 0.55;
/// At or above this (and [`MIN_CONFIRM_TERMS`] long) a pair is confirmed.
pub const CONFIRM: f64 = 0.75;
/// Shorter sentences share words by chance: at most a suggestion.
pub const MIN_CONFIRM_TERMS: usize = 6;

/// Pairs of claims from different documents that make the same claim.
pub fn same_claims(claims: &[ClaimText<'_>], terms: &Terms) -> Vec<Match> {
    let bags: Vec<Vec<String>> = claims.iter().map(|c| terms.of(c.text)).collect();
    let idf = inverse_document_frequency(&bags);
    let vectors: Vec<Vec<(usize, f64)>> = bags.iter().map(|b| weigh(b, &idf)).collect();
    let negated: Vec<bool> = claims.iter().map(|c| terms::is_negated(c.text)).collect();
    let mut out = Vec::new();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].doc == claims[j].doc
                || negated[i] != negated[j]
                || !same_figures(&claims[i].figures, &claims[j].figures)
            {
                continue;
            }
            let score = cosine(&vectors[i], &vectors[j]);
            if score >= SUGGEST {
                let long = bags[i].len().min(bags[j].len()) >= MIN_CONFIRM_TERMS;
                out.push(Match {
                    a: i,
                    b: j,
                    score,
                    confirmed: score >= CONFIRM && long,
                });
            }
        }
    }
    out
}

/// Term ids with their smoothed inverse document frequency.
fn inverse_document_frequency(bags: &[Vec<String>]) -> HashMap<&str, (usize, f64)> {
    let mut df: HashMap<&str, usize> = HashMap::new();
    for bag in bags {
        for t in terms::distinct(bag) {
            *df.entry(t).or_default() += 1;
        }
    }
    let n = bags.len() as f64;
    df.into_iter()
        .enumerate()
        .map(|(id, (t, d))| (t, (id, (1.0 + n / d as f64).ln())))
        .collect()
}

/// A sparse unit vector of term weights, sorted by term id.
fn weigh(bag: &[String], idf: &HashMap<&str, (usize, f64)>) -> Vec<(usize, f64)> {
    let mut sums: HashMap<usize, f64> = HashMap::new();
    for t in bag {
        let (id, w) = idf[t.as_str()];
        *sums.entry(id).or_default() += w;
    }
    let mut v: Vec<(usize, f64)> = sums.into_iter().collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|e| e.1 /= norm);
    }
    v.sort_by_key(|e| e.0);
    v
}

fn cosine(a: &[(usize, f64)], b: &[(usize, f64)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot.clamp(0.0, 1.0)
}

/// The same figures, in any order: a claim with another figure is another
/// claim.
fn same_figures(a: &[f64], b: &[f64]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_by(f64::total_cmp);
    b.sort_by(f64::total_cmp);
    a.dedup();
    b.dedup();
    a == b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim<'a>(doc: usize, text: &'a str, figures: &[f64]) -> ClaimText<'a> {
        ClaimText {
            doc,
            start: 0,
            end: text.len(),
            text,
            figures: figures.to_vec(),
        }
    }

    #[test]
    fn same_claim_reads_like_related_md() {
        let t = Terms::default();
        // (a, b, matched, confirmed)
        let table: &[(ClaimText, ClaimText, bool, bool)] = &[
            (
                claim(0, "Zelenskyy said some 11,000 North Korean soldiers are in the Kursk region.", &[11000.0]),
                claim(1, "Some 11,000 North Korean soldiers are in the Kursk region, Ukraine's president Zelenskyy said.", &[11000.0]),
                true,
                true,
            ),
            (
                claim(0, "Some 11,000 North Korean soldiers are in the Kursk region.", &[11000.0]),
                claim(1, "Some 12,000 North Korean soldiers are in the Kursk region.", &[12000.0]),
                false,
                false,
            ),
            (
                claim(0, "The minister said the army was in the Kursk region.", &[]),
                claim(1, "The minister said the army was not in the Kursk region.", &[]),
                false,
                false,
            ),
            (
                claim(0, "The bridge was closed on Monday after the storm.", &[]),
                claim(0, "The bridge was closed on Monday after the storm.", &[]),
                false,
                false,
            ),
            (
                claim(0, "Prices rose sharply in the capital.", &[]),
                claim(1, "The government blamed the storm for the delays.", &[]),
                false,
                false,
            ),
        ];
        for (a, b, matched, confirmed) in table {
            let found = same_claims(&[a.clone(), b.clone()], &t);
            assert_eq!(
                !found.is_empty(),
                *matched,
                "{} / {}: {found:?}",
                a.text,
                b.text
            );
            if let Some(m) = found.first() {
                assert_eq!(m.confirmed, *confirmed, "{} / {}: {m:?}", a.text, b.text);
            }
        }
    }
}
