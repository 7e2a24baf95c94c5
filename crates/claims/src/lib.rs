//! Claimdesk's extraction engine: UTF-8 text in, sentences with their number
//! and source mentions out (see `CLAIMS.md` in the shared docs).
//!
//! The engine is pure: no I/O, no global state, deterministic. [`extract`]
//! does a whole document; [`Extractor`] streams it sentence by sentence in
//! constant memory.

mod cue_verbs;
mod lexicon;
mod numbers;
mod sentences;
mod sources;
mod token;
mod types;
mod words;

pub use sentences::sentences;
pub use types::*;

/// Extract every sentence of `text` with its claims.
pub fn extract(text: &str) -> Extraction {
    Extraction {
        bytes: text.len(),
        sentences: Extractor::new(text).collect(),
    }
}

/// Streams the sentences of a document with their mentions.
pub struct Extractor<'a> {
    text: &'a str,
    /// The current sentence, ASCII-lower-cased (reused: memory stays flat).
    lower: String,
    spans: sentences::Sentences<'a>,
    state: sources::DocState,
    previous_end: usize,
}

impl<'a> Extractor<'a> {
    pub fn new(text: &'a str) -> Self {
        Extractor {
            text,
            lower: String::new(),
            spans: sentences(text),
            state: sources::DocState::default(),
            previous_end: 0,
        }
    }
}

impl Iterator for Extractor<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        let (start, end) = self.spans.next()?;
        token::lower_ascii_into(&self.text[start..end], &mut self.lower);
        let mut toks = Vec::with_capacity((end - start) / 5 + 4);
        token::tokenize(self.text, &self.lower, start, end, &mut toks);
        let mut numbers = Vec::new();
        numbers::find(self.text, &toks, &mut numbers);
        let gap = &self.text[self.previous_end..start];
        let brk = match memchr::memchr(b'\n', gap.as_bytes()) {
            None => sources::Break::Space,
            Some(nl) if gap[nl + 1..].contains('\n') => sources::Break::Blank,
            Some(_) => sources::Break::Line,
        };
        self.previous_end = end;
        let attribution = sources::analyse(self.text, &toks, &mut self.state, brk);
        Some(Sentence {
            start,
            end,
            numeric: !numbers.is_empty(),
            attributed: attribution.attributed,
            numbers,
            sources: attribution.sources,
        })
    }
}
