//! Claimdesk's extraction engine: UTF-8 text in, sentences with their number
//! and source mentions out (see `CLAIMS.md` in the shared docs).
//!
//! The engine is pure: no I/O, no global state, deterministic. [`extract`]
//! does a whole document; [`Extractor`] streams it sentence by sentence in
//! constant memory; [`extract_on_threads`] gives `extract`'s result for a
//! long document sooner, on several cores.

mod cue_verbs;
mod lexicon;
mod numbers;
mod parallel;
mod sentences;
mod sources;
mod token;
mod types;
mod words;

pub use parallel::extract_on_threads;
pub use sentences::sentences;
pub use types::*;

/// The month (1 to 12) a word names, in any case: `March`, `sept`, `Dec`.
pub fn month_of_word(word: &str) -> Option<u32> {
    lexicon::month(&word.to_ascii_lowercase())
}

/// Whether a word names a day of the week, in any case: `Monday`, `tues`.
pub fn is_weekday_word(word: &str) -> bool {
    lexicon::is_weekday(&word.to_ascii_lowercase())
}

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
    /// The current sentence's tokens' buffer, kept empty between sentences
    /// so that its allocation is reused (`recycle`).
    tokens: Vec<token::Token<'static>>,
    spans: sentences::Sentences<'a>,
    state: sources::DocState,
    previous_end: usize,
}

impl<'a> Extractor<'a> {
    pub fn new(text: &'a str) -> Self {
        Self::starting_at(text, 0)
    }

    /// An extractor that begins at `from`, a line start, as if the text
    /// began there.
    fn starting_at(text: &'a str, from: usize) -> Self {
        Extractor {
            text,
            lower: String::new(),
            tokens: Vec::new(),
            spans: sentences::Sentences::from_line_start(text, from),
            state: sources::DocState::default(),
            previous_end: from,
        }
    }

    /// The next sentence if it starts before `limit` (the end of a chunk).
    fn next_before(&mut self, limit: usize) -> Option<Sentence> {
        if self.spans.next_starts_at_or_after(limit) {
            None
        } else {
            self.next()
        }
    }

    /// Everything this extractor carries to the next sentence. (Taken
    /// apart field by field: a new field will not compile until it is
    /// either here or known to be scratch.)
    fn checkpoint(&self) -> Checkpoint {
        let Extractor {
            text: _,
            lower: _,
            tokens: _,
            spans,
            state,
            previous_end,
        } = self;
        Checkpoint {
            split: spans.position(),
            previous_end: *previous_end,
            state: state.clone(),
        }
    }
}

/// `tokens` emptied, as a buffer for tokens of another lifetime. Collecting
/// an emptied vector into one of a same-sized type keeps its allocation
/// (the standard library's in-place collect), so the buffer of the last
/// sentence serves the next without an allocation per sentence.
fn recycle<'b>(mut tokens: Vec<token::Token<'_>>) -> Vec<token::Token<'b>> {
    tokens.clear();
    tokens.into_iter().map(|_| unreachable!()).collect()
}

/// The whole state an [`Extractor`] carries between sentences (the lower-
/// cased copy is scratch). Two extractors of one text at equal checkpoints
/// produce the same rest of the document: the engine is deterministic.
#[derive(Debug, Clone, PartialEq)]
struct Checkpoint {
    split: sentences::SplitPosition,
    previous_end: usize,
    state: sources::DocState,
}

impl Iterator for Extractor<'_> {
    type Item = Sentence;

    fn next(&mut self) -> Option<Sentence> {
        let (start, end) = self.spans.next()?;
        token::lower_ascii_into(&self.text[start..end], &mut self.lower);
        let mut toks = recycle(std::mem::take(&mut self.tokens));
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
        let marks = sources::read_quote_marks(&mut toks, &mut self.state, brk);
        let attribution = sources::analyse(self.text, &toks, &mut self.state, brk, marks);
        self.tokens = recycle(toks);
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
