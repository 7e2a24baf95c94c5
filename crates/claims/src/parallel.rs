//! One document on several threads, with exactly the output of one.
//!
//! The text is cut at line starts (paragraph starts where it has blank
//! lines) into chunks. The first chunk is extracted for real; every other
//! one speculatively, by an extractor that starts at its cut knowing nothing
//! of what came before (no open quotation, no earlier names for pronouns).
//! Then, chunk by chunk, the real extraction runs on into the next chunk
//! until its state after a sentence equals the speculative run's after the
//! same sentence ([`Checkpoint`]): from there both produce the same
//! sentences (the engine is deterministic), so the rest of the speculative
//! result is taken as it is.
//!
//! Invariant: the result is `extract(text)`, byte for byte, whatever the
//! number of threads and wherever the cuts fall; a cut in a bad place only
//! costs time. What one sentence carries to the next (an open quotation,
//! the last few names) is replaced within a few sentences of a new
//! paragraph, so the real run re-does a handful of sentences per chunk;
//! where the states never meet (a chunk without names) it does the whole
//! chunk again, as one thread would have.

use crate::{Checkpoint, Extraction, Extractor, Sentence};

/// Chunks smaller than this are not worth a thread.
const MIN_CHUNK_BYTES: usize = 128 * 1024;

/// Speculative states kept per chunk: the real run must meet one of them.
const MAX_CHECKPOINTS: usize = 512;

/// A cut looks this far past its place for a blank line before it settles
/// for a line start.
const PARAGRAPH_SEARCH_BYTES: usize = 64 * 1024;

/// [`crate::extract`] on up to `threads` threads: the same result, sooner
/// for a long document.
pub fn extract_on_threads(text: &str, threads: usize) -> Extraction {
    extract_in_chunks(text, threads, MIN_CHUNK_BYTES)
}

pub(crate) fn extract_in_chunks(text: &str, threads: usize, min_chunk: usize) -> Extraction {
    extract_counting_redone(text, threads, min_chunk).0
}

/// The extraction, and how many sentences of speculated chunks the real
/// run extracted again before it met the speculation.
fn extract_counting_redone(text: &str, threads: usize, min_chunk: usize) -> (Extraction, usize) {
    let cuts = chunk_starts(text, threads, min_chunk.max(1));
    if cuts.len() < 2 {
        return (crate::extract(text), 0);
    }
    let ends: Vec<usize> = cuts[1..].iter().copied().chain([text.len()]).collect();
    let mut redone = 0;
    let sentences = std::thread::scope(|scope| {
        let guesses: Vec<_> = (1..cuts.len())
            .map(|k| {
                let (from, to) = (cuts[k], ends[k]);
                scope.spawn(move || Guess::run(text, from, to))
            })
            .collect();
        let mut real = Extractor::new(text);
        let mut sentences: Vec<Sentence> =
            std::iter::from_fn(|| real.next_before(ends[0])).collect();
        for (guess, &to) in guesses.into_iter().zip(&ends[1..]) {
            let guess = guess
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            let (next, again) = guess.take_over(real, to, &mut sentences);
            (real, redone) = (next, redone + again);
        }
        sentences
    });
    let extraction = Extraction {
        bytes: text.len(),
        sentences,
    };
    (extraction, redone)
}

/// One chunk extracted from its cut without what came before.
struct Guess<'a> {
    sentences: Vec<Sentence>,
    /// The state after each of the first sentences, in text order.
    checkpoints: Vec<Checkpoint>,
    /// The extractor where the chunk ends.
    end: Extractor<'a>,
}

impl<'a> Guess<'a> {
    fn run(text: &'a str, from: usize, to: usize) -> Guess<'a> {
        let mut end = Extractor::starting_at(text, from);
        let mut sentences = Vec::new();
        let mut checkpoints = Vec::new();
        while let Some(sentence) = end.next_before(to) {
            sentences.push(sentence);
            if checkpoints.len() < MAX_CHECKPOINTS {
                checkpoints.push(end.checkpoint());
            }
        }
        Guess {
            sentences,
            checkpoints,
            end,
        }
    }

    /// Runs `real` on into this chunk until it meets the guess, then takes
    /// the guess's remaining sentences; returns the extractor to go on with
    /// and how many sentences `real` extracted on the way.
    fn take_over(
        mut self,
        mut real: Extractor<'a>,
        to: usize,
        out: &mut Vec<Sentence>,
    ) -> (Extractor<'a>, usize) {
        let mut redone = 0;
        while let Some(sentence) = real.next_before(to) {
            out.push(sentence);
            redone += 1;
            if let Some(k) = self.meets(&real) {
                out.extend(self.sentences.drain(k + 1..));
                return (self.end, redone);
            }
        }
        (real, redone)
    }

    /// The guessed sentence after which the guess is where `real` is now.
    fn meets(&self, real: &Extractor<'_>) -> Option<usize> {
        let split = real.spans.position();
        let k = self
            .checkpoints
            .binary_search_by_key(&split.pos, |c| c.split.pos)
            .ok()?;
        let c = &self.checkpoints[k];
        (c.split == split && c.previous_end == real.previous_end && c.state == real.state)
            .then_some(k)
    }
}

/// Where the chunks start: 0, then up to `threads - 1` line starts near
/// equal shares of the text, none closer than `min_chunk` to the last.
fn chunk_starts(text: &str, threads: usize, min_chunk: usize) -> Vec<usize> {
    let parts = threads.min(text.len() / min_chunk).max(1);
    let mut cuts = vec![0];
    for k in 1..parts {
        let target = text.len() / parts * k;
        let last = cuts[cuts.len() - 1];
        match line_start_after(text, target.max(last + min_chunk)) {
            Some(cut) if cut < text.len() => cuts.push(cut),
            _ => break,
        }
    }
    cuts
}

/// The first paragraph start (after a blank line) at or after `from`, else
/// the first line start; `None` when no line begins after `from`.
fn line_start_after(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let first_newline = from + memchr::memchr(b'\n', bytes.get(from..)?)?;
    let window = (first_newline + PARAGRAPH_SEARCH_BYTES).min(bytes.len());
    let blank = memchr::memchr_iter(b'\n', &bytes[first_newline..window])
        .map(|p| first_newline + p)
        .find(|&nl| next_line_is_blank(text, nl));
    let newline = blank.unwrap_or(first_newline);
    let rest = &text[newline + 1..];
    Some(newline + 1 + (rest.len() - rest.trim_start().len()))
}

fn next_line_is_blank(text: &str, newline: usize) -> bool {
    let rest = &text[newline + 1..];
    let line = rest.split('\n').next().unwrap_or("");
    line.trim().is_empty() && line.len() < rest.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// News-like paragraphs that carry state across sentences: pronouns,
    /// descriptions, quotations over several sentences, an unclosed quote.
    const PARAGRAPHS: &[&str] = &[
        "Officials said some 11,000 troops were deployed, Yonhap reported. He added that 300 had died.",
        "\"We will not stop,\" the minister said. \"Prices rose 4.5% in June.\" She said more was coming.",
        "The health ministry estimated that 1.2 million people had fled. The ministry said 40% were children.",
        "\"This is only the start. We expect 2,000 more next week,\n\"said Ms. Park, a former diplomat.",
        "Apple said sales rose 12%. The company said it sold 3 million phones. It expects growth.",
        "An unclosed \"quotation runs on. Reuters reported 7 deaths. They said the toll could rise.",
        "A line that is hard-wrapped because it comes from an old text file and\ncontinues here in lower case, he said.",
        "Nothing to see in this sentence. Nor in this one.",
        "Angela Merkel met Joe Biden in Berlin. She said Merkel and Biden agreed on 5 points.",
        "Police arrested Tom Brown, 34, on Monday. Brown told reporters he was innocent.",
        "Boris Johnson visited the plant. Johnson said 200 jobs were safe.",
    ];

    fn document(picks: &[usize], separators: &[&str]) -> String {
        let mut text = String::new();
        for (k, &p) in picks.iter().enumerate() {
            text.push_str(PARAGRAPHS[p % PARAGRAPHS.len()]);
            text.push_str(separators[k % separators.len()]);
        }
        text
    }

    #[test]
    fn cuts_fall_on_line_starts_after_blank_lines_when_there_are_some() {
        let text = "aaaa\nbbbb\n\ncccc\ndddd\n\n  eeee";
        assert_eq!(line_start_after(text, 0), Some(11));
        assert_eq!(line_start_after(text, 12), Some(24));
        assert_eq!(line_start_after("one line only", 0), None);
        assert_eq!(
            line_start_after("x\ny\nz", 0),
            Some(2),
            "no blank line: a line start"
        );
        assert_eq!(chunk_starts(text, 1, 1), vec![0]);
        assert_eq!(chunk_starts(text, 8, 1000), vec![0], "too short to cut");
    }

    #[test]
    fn any_cuts_give_the_sequential_result() {
        let separators: &[&[&str]] = &[&["\n\n"], &["\n"], &["\n\n", " ", "\n"], &[" "]];
        for seps in separators {
            let picks: Vec<usize> = (0..120).map(|k| k * 7 % 11).collect();
            let text = document(&picks, seps);
            let sequential = crate::extract(&text);
            for threads in [2, 3, 8] {
                for min_chunk in [1, 40, 500, 5_000] {
                    assert_eq!(
                        extract_in_chunks(&text, threads, min_chunk),
                        sequential,
                        "{threads} threads, chunks of {min_chunk}, separators {seps:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn news_paragraphs_meet_the_speculation_within_a_few_sentences() {
        // The state to meet holds the last 24 names, which these paragraphs
        // replace within some 50 sentences: a few per cent of a chunk.
        let picks: Vec<usize> = (0..2_000).map(|k| k * 7 % 11).collect();
        let text = document(&picks, &["\n\n"]);
        let (extraction, redone) = extract_counting_redone(&text, 3, text.len() / 4);
        assert_eq!(extraction, crate::extract(&text));
        let sentences = extraction.sentences.len();
        assert!(
            redone * 20 < sentences,
            "{redone} of {sentences} sentences extracted twice"
        );
    }

    proptest::proptest! {
        #[test]
        fn any_document_and_cuts_give_the_sequential_result(
            picks in proptest::collection::vec(0usize..64, 1..40),
            separators in proptest::collection::vec(proptest::sample::select(vec!["\n\n", "\n", " ", "\r\n\r\n", "\n \n"]), 1..4),
            threads in 2usize..5,
            min_chunk in 1usize..400,
        ) {
            let text = document(&picks, &separators);
            proptest::prop_assert_eq!(extract_in_chunks(&text, threads, min_chunk), crate::extract(&text));
        }
    }
}
