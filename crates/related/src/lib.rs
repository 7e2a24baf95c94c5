//! Related claims (`RELATED.md`): which figures are for the same quantity
//! and which of those conflict, which claims are the same claim in another
//! document, and which past fact-checks bear on a text.
//!
//! Pure, like the engine it reads: extractions in, relations out; no I/O.
//!
//! - [`quantity`]: [`Figure`]s (number mentions with their context),
//!   [`link`] for one pair with its reason, [`group`] for many.
//! - [`same_claim`]: claim sentences of different documents with the same
//!   truth conditions, scored, with a suggest and a confirm threshold.
//! - [`library`]: past fact-checks ranked for a text (BM25, [`bm25`]).
//! - [`interval`]: the interval a mention allows; conflicts are intervals
//!   that do not overlap.
//! - [`terms`]: the words everything here compares.

pub mod bm25;
pub mod interval;
pub mod library;
pub mod quantity;
pub mod same_claim;
pub mod terms;

use claims::Extraction;

pub use interval::Interval;
pub use library::{Library, LibraryItem, Ranked};
pub use quantity::{group, link, Figure, Group, Link, NounRelation};
pub use same_claim::{same_claims, ClaimFigure, ClaimText, Match};
pub use terms::Terms;

/// One document to relate: its text and what the engine found in it.
pub struct Doc<'a> {
    pub text: &'a str,
    pub extraction: &'a Extraction,
}

/// Everything related across a set of documents.
pub struct Relations {
    /// Every comparable figure, with the index of its document.
    pub figures: Vec<(usize, Figure)>,
    /// Groups over `figures`.
    pub groups: Vec<Group>,
    /// The claims compared, with their document index and span.
    pub claims: Vec<(usize, [usize; 2])>,
    /// Same-claim pairs over `claims`.
    pub matches: Vec<Match>,
}

/// Relates every figure and claim of `docs` to every other.
pub fn relate(docs: &[Doc<'_>]) -> Relations {
    let terms = Terms::default();
    let figures: Vec<(usize, Figure)> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            quantity::figures(doc.text, doc.extraction, &terms)
                .into_iter()
                .map(move |f| (d, f))
        })
        .collect();
    let refs: Vec<(usize, &Figure)> = figures.iter().map(|(d, f)| (*d, f)).collect();
    let groups = group(&refs);
    let claim_texts: Vec<ClaimText<'_>> = docs
        .iter()
        .enumerate()
        .flat_map(|(d, doc)| {
            doc.extraction.claims().map(move |s| {
                let text = &doc.text[s.start..s.end];
                ClaimText::new(d, [s.start, s.end], text, &s.numbers, &s.sources)
            })
        })
        .collect();
    let matches = same_claims(&claim_texts, &terms);
    Relations {
        figures,
        groups,
        claims: claim_texts
            .iter()
            .map(|c| (c.doc, [c.start, c.end]))
            .collect(),
        matches,
    }
}
