//! Okapi BM25 over an in-memory inverted index: the candidate retrieval
//! for past fact-checks.

use std::collections::HashMap;

use crate::terms::distinct;

/// Term-frequency saturation and length normalisation (the usual values).
const K1: f64 = 1.2;
const B: f64 = 0.75;

/// An inverted index of documents given as term lists.
#[derive(Debug, Default)]
pub struct Bm25 {
    postings: HashMap<String, Vec<(u32, u32)>>,
    lengths: Vec<u32>,
    average: f64,
}

impl Bm25 {
    pub fn new<'a>(docs: impl IntoIterator<Item = &'a [String]>) -> Bm25 {
        let mut index = Bm25::default();
        for (id, terms) in docs.into_iter().enumerate() {
            let mut counts: HashMap<&str, u32> = HashMap::new();
            for t in terms {
                *counts.entry(t).or_default() += 1;
            }
            for (t, tf) in counts {
                index
                    .postings
                    .entry(t.to_string())
                    .or_default()
                    .push((id as u32, tf));
            }
            index.lengths.push(terms.len() as u32);
        }
        let total: u64 = index.lengths.iter().map(|&l| u64::from(l)).sum();
        index.average = total as f64 / index.lengths.len().max(1) as f64;
        index
    }

    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// Adds each document's score for `query` into `scores` (one slot per
    /// document); each distinct query term counts once.
    pub fn score_into(&self, query: &[String], scores: &mut [f64]) {
        for t in distinct(query) {
            let Some(list) = self.postings.get(t) else {
                continue;
            };
            let idf = self.idf_of(list.len());
            for &(doc, tf) in list {
                let tf = f64::from(tf);
                let len = f64::from(self.lengths[doc as usize]);
                let norm = K1 * (1.0 - B + B * len / self.average.max(1.0));
                scores[doc as usize] += idf * tf * (K1 + 1.0) / (tf + norm);
            }
        }
    }

    /// How rare `term` is among the documents (BM25's idf; 0 if absent).
    pub fn idf(&self, term: &str) -> f64 {
        self.postings
            .get(term)
            .map_or(0.0, |list| self.idf_of(list.len()))
    }

    /// BM25's idf of a term in `df` of the documents.
    fn idf_of(&self, df: usize) -> f64 {
        let (n, df) = (self.lengths.len() as f64, df as f64);
        ((n - df + 0.5) / (df + 0.5) + 1.0).ln()
    }

    /// The highest score any document could get for `query`: every query
    /// term present once in a document of average length.
    pub fn ceiling(&self, query: &[String]) -> f64 {
        distinct(query).into_iter().map(|t| self.idf(t)).sum()
    }

    /// The share of `query`'s distinct terms that occur anywhere in the
    /// collection. `ceiling` counts only those, so without this a text
    /// that shares one common word with a small library (`regional` and
    /// `region`) would score as a perfect match.
    pub fn known_share(&self, query: &[String]) -> f64 {
        let seen = distinct(query);
        if seen.is_empty() {
            return 0.0;
        }
        let known = seen
            .iter()
            .filter(|t| self.postings.contains_key(**t))
            .count();
        known as f64 / seen.len() as f64
    }
}
