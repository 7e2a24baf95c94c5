//! The extraction's data model: exactly the JSON shape of `CLAIMS.md`.
//!
//! Every span is a pair of UTF-8 byte offsets into the document that was
//! extracted, and always lies on char boundaries.

use serde::{Deserialize, Serialize};
#[cfg(feature = "ts")]
use ts_rs::TS;

/// What the engine found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct Extraction {
    /// Length of the document in bytes.
    pub bytes: usize,
    /// Every sentence of the document, claims or not, in document order.
    pub sentences: Vec<Sentence>,
}

impl Extraction {
    /// The sentences that are claims (numeric or attributed).
    pub fn claims(&self) -> impl Iterator<Item = &Sentence> {
        self.sentences.iter().filter(|s| s.is_claim())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub numeric: bool,
    pub attributed: bool,
    pub numbers: Vec<NumberMention>,
    pub sources: Vec<SourceMention>,
}

impl Sentence {
    pub fn is_claim(&self) -> bool {
        self.numeric || self.attributed
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct NumberMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The number itself; for a range, its low end.
    pub value: f64,
    /// The high end of a range, else `None`.
    pub high: Option<f64>,
    pub kind: NumberKind,
    pub bound: Bound,
    /// Head word of the counted noun, lower-cased.
    pub noun: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", ts(export))]
pub enum NumberKind {
    Count,
    Money,
    Percent,
    Measure,
    Date,
    Year,
    Duration,
    Ordinal,
    Other,
}

/// How a hedge bounds the number: the interval semantics of `CLAIMS.md`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", ts(export))]
pub enum Bound {
    Exact,
    Approx,
    AtMost,
    AtLeast,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct SourceMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The attribution cue, lower-cased as written (`said`, `according to`, `quote`).
    pub cue: String,
    pub pronoun: bool,
    /// For pronouns: the span of the nearest earlier full mention it stands for.
    pub refers_to: Option<[usize; 2]>,
    /// Index, in this sentence's `sources`, of the source that relays this one.
    pub via: Option<usize>,
}
