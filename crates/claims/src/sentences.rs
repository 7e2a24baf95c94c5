//! Sentence segmentation for news text.
//!
//! A sentence ends at final punctuation (with its closing quotes) when the
//! next one clearly starts, and at a line break (headlines, datelines,
//! `Rathbun stated,`). Spans start at the first non-space byte and end after
//! the last non-space byte, so they never include white space at either end.

use crate::lexicon;

/// The sentence spans of `text`, in order. Streams: constant memory.
pub fn sentences(text: &str) -> Sentences<'_> {
    Sentences {
        text,
        pos: 0,
        pending: None,
        wide: WideCache::default(),
    }
}

/// Where a split resumes: the rest of the text is split the same from two
/// `Sentences` with equal positions (`WideCache` is only a cache).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct SplitPosition {
    /// Where splitting goes on; it grows with every sentence.
    pub(crate) pos: usize,
    pending: Option<usize>,
}

#[derive(Clone)]
pub struct Sentences<'a> {
    text: &'a str,
    /// Start of the not yet split rest of the current line.
    pos: usize,
    /// End of the current line (exclusive, before the line break).
    pending: Option<usize>,
    wide: WideCache,
}

/// Where the next byte that may start non-ASCII final punctuation is, as
/// found by the last search: kept across the sentences of one line so a long
/// line is searched once (linear time), not once per sentence.
#[derive(Clone, Default)]
struct WideCache {
    /// Valid for positions from `from` (inclusive) ...
    from: usize,
    /// ... up to this position, where the candidate is (or the line end).
    at: Option<usize>,
    line_end: usize,
}

impl<'a> Sentences<'a> {
    /// Sentences of `text` from `from`, a line start.
    pub(crate) fn from_line_start(text: &'a str, from: usize) -> Self {
        Sentences {
            pos: from,
            ..sentences(text)
        }
    }

    pub(crate) fn position(&self) -> SplitPosition {
        SplitPosition {
            pos: self.pos,
            pending: self.pending,
        }
    }

    /// The next sentence, if any, starts at or after `limit`: the current
    /// line is done and only white space comes before `limit`.
    pub(crate) fn next_starts_at_or_after(&self, limit: usize) -> bool {
        self.pending.is_none()
            && (self.pos >= limit || self.text[self.pos..limit].trim_start().is_empty())
    }
}

impl WideCache {
    fn next(&mut self, bytes: &[u8], i: usize, line_end: usize) -> Option<usize> {
        let valid = self.line_end == line_end && self.from <= i && self.at.is_none_or(|a| i <= a);
        if !valid {
            self.from = i;
            self.line_end = line_end;
            self.at = memchr::memchr3(0xE2, 0xE3, 0xEF, &bytes[i..line_end]).map(|p| i + p);
        }
        self.at
    }
}

impl Iterator for Sentences<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            let line_end = match self.pending {
                Some(e) => e,
                None => {
                    // Skip white space (blank lines included) to the next line's start.
                    let rest = &self.text[self.pos..];
                    let skip = rest.len() - rest.trim_start().len();
                    self.pos += skip;
                    if self.pos >= self.text.len() {
                        return None;
                    }
                    let e = logical_line_end(self.text, self.pos);
                    self.pending = Some(e);
                    e
                }
            };
            let start = skip_space(self.text, self.pos, line_end);
            if start >= line_end {
                self.pending = None;
                self.pos = line_end;
                continue;
            }
            let end = match find_boundary(self.text, start, line_end, &mut self.wide) {
                Some(end) => end,
                None => trim_end(self.text, start, line_end),
            };
            self.pos = end;
            if skip_space(self.text, end, line_end) >= line_end {
                self.pending = None;
                self.pos = line_end;
            }
            return Some((start, end));
        }
    }
}

fn skip_space(text: &str, from: usize, to: usize) -> usize {
    let s = &text[from..to];
    from + (s.len() - s.trim_start_matches(is_space).len())
}

fn trim_end(text: &str, from: usize, to: usize) -> usize {
    from + text[from..to].trim_end_matches(is_space).len()
}

pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}'
}

/// Where the line starting at `from` ends. A line that stops mid-sentence
/// (hard-wrapped text: no final punctuation, and the next line starts in
/// lower case) runs on into the next line.
fn logical_line_end(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    loop {
        let nl = memchr_newline(bytes, i);
        let line = text[i..nl].trim_end_matches(is_space);
        if nl >= bytes.len() {
            return nl;
        }
        let next = text[nl + 1..].trim_start_matches([' ', '\t']);
        let continues = !line.is_empty()
            && line.len() >= 40
            && !line.ends_with(|c: char| ".!?…:;,\"”’)]".contains(c))
            && next.starts_with(|c: char| c.is_lowercase());
        if !continues {
            // Exclude a `\r` before the `\n`.
            return if nl > 0 && bytes[nl - 1] == b'\r' {
                nl - 1
            } else {
                nl
            };
        }
        i = nl + 1;
    }
}

fn memchr_newline(bytes: &[u8], from: usize) -> usize {
    memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '‹')
}

/// The end of the first sentence that starts at `start` and ends before
/// `line_end`, if it ends before the line does.
fn find_boundary(text: &str, start: usize, line_end: usize, wide: &mut WideCache) -> Option<usize> {
    let line = &text[..line_end];
    let bytes = line.as_bytes();
    let mut i = start;
    // Final punctuation is ASCII or starts with one of three lead bytes
    // (never a continuation byte): two memchr3 searches find every candidate.
    while i < line_end {
        let wide_at = wide.next(bytes, i, line_end);
        let ascii_at = memchr::memchr3(b'.', b'!', b'?', &bytes[i..wide_at.unwrap_or(line_end)])
            .map(|p| i + p);
        let Some(at) = ascii_at.or(wide_at) else {
            break;
        };
        i = at;
        if bytes[i] >= 0x80 && !line[i..].chars().next().is_some_and(is_terminal) {
            i += 1;
            continue;
        }
        let term_start = i;
        // The run of final punctuation, then closing quotes and brackets.
        let mut j = i;
        let mut dots = 0;
        while let Some(d) = line[j..].chars().next().filter(|&d| is_terminal(d)) {
            if d == '.' {
                dots += 1;
            }
            j += d.len_utf8();
        }
        let term_end = j;
        while let Some(d) = line[j..].chars().next().filter(|&d| is_closing(d)) {
            j += d.len_utf8();
        }
        // A mistyped `“` after the final stop, followed by white space, closes too.
        if let Some(d) = line[j..].chars().next().filter(|&d| matches!(d, '“' | '‘')) {
            if line[j + d.len_utf8()..].starts_with(is_space) {
                j += d.len_utf8();
            }
        }
        let end = j;
        i = end.max(i + 1);
        // The next sentence must be separated by white space ...
        let next = skip_space(text, end, line_end);
        if next == end || next >= line_end {
            continue;
        }
        // ... and must start like a sentence.
        if !starts_sentence(&line[next..]) {
            continue;
        }
        let single_dot = dots == 1 && term_end - term_start == 1;
        if single_dot && !period_ends_sentence(text, start, term_start, &line[next..]) {
            continue;
        }
        // An agency tag such as `(ANI)` that closes the line stays with the sentence.
        if trailing_agency_tag(text, next, line_end) {
            return None;
        }
        return Some(end);
    }
    None
}

fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(c) if is_opening(c) => chars
            .next()
            .is_some_and(|d| d.is_uppercase() || d.is_ascii_digit()),
        Some(c) => {
            !c.is_alphabetic()
                && !c.is_ascii_punctuation()
                && !c.is_lowercase()
                && c != '–'
                && c != '—'
        }
        None => false,
    }
}

/// Decide a single `.`: abbreviations, initials and `U.S.` rarely end a sentence.
fn period_ends_sentence(text: &str, sentence_start: usize, dot: usize, next: &str) -> bool {
    let before = &text[sentence_start..dot];
    let word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '.' || c == '\'' || c == '’'))
        .map_or(0, |p| {
            p + before[p..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let next_word = &next[..next
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(next.len())];
    let clear_start = lexicon::flags_any_case(next_word) & lexicon::SENTENCE_STARTER != 0;
    let word_flags = lexicon::flags_any_case(word);
    // Initials (`J.`) and titles (`Dr.`, `No.`, `pp.`) never end a sentence.
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return false;
    }
    if word_flags & lexicon::TITLE_ABBREVIATION != 0 {
        return false;
    }
    // `No. 5`, `pp. 110`: only before a number.
    if word_flags & lexicon::NUMBER_ABBREVIATION != 0
        && next.starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    // `U.S.`, `D.C.`, `Jan.`, `Inc.` end one only when a new sentence clearly starts.
    if word.contains('.') || word_flags & lexicon::SOFT_ABBREVIATION != 0 {
        return clear_start;
    }
    // A number before a period: `No. 5.` is fine; `at 5.` ends.
    true
}

/// Whether the rest of the line is just a bracketed agency tag (`(ANI)`, `(AP)`).
fn trailing_agency_tag(text: &str, from: usize, line_end: usize) -> bool {
    let rest = text[from..line_end].trim_end_matches(is_space);
    let Some(inner) = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    (2..=12).contains(&inner.len())
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c == '/' || c == '-' || c == ' ' || c == '.')
        && inner.chars().any(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn segmentation_follows_claims_md() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two.", &["One.", "Two."]),
            (
                "Headline without stop\nBody starts here. Second.",
                &["Headline without stop", "Body starts here.", "Second."],
            ),
            ("Seoul, Nov 5\nText.", &["Seoul, Nov 5", "Text."]),
            (
                "Rathbun stated,\n“It works.”",
                &["Rathbun stated,", "“It works.”"],
            ),
            (
                "He said “It is over.” Then he left.",
                &["He said “It is over.”", "Then he left."],
            ),
            (
                "He said \"No.\" She agreed.",
                &["He said \"No.\"", "She agreed."],
            ),
            (
                "It cost 1.2 million. Fine.",
                &["It cost 1.2 million.", "Fine."],
            ),
            (
                "Dr. Smith met Mr. J. R. Jones. Done.",
                &["Dr. Smith met Mr. J. R. Jones.", "Done."],
            ),
            (
                "Brig. Gen. Kevin Bergner spoke. Done.",
                &["Brig. Gen. Kevin Bergner spoke.", "Done."],
            ),
            (
                "See pp. 110-255 and No. 5 today.",
                &["See pp. 110-255 and No. 5 today."],
            ),
            (
                "The U.S. Senate voted. The U.S. The end.",
                &["The U.S. Senate voted.", "The U.S.", "The end."],
            ),
            (
                "He moved to the U.S. He liked it.",
                &["He moved to the U.S.", "He liked it."],
            ),
            ("Wait... Then it came.", &["Wait...", "Then it came."]),
            (
                "getting enough iodine ... brain development",
                &["getting enough iodine ... brain development"],
            ),
            (
                "Troops assembled in Khabarovsk. (ANI)",
                &["Troops assembled in Khabarovsk. (ANI)"],
            ),
            ("Line one.\r\nLine two.\r\n", &["Line one.", "Line two."]),
            ("  \n\n  Indented.  \n\n", &["Indented."]),
            ("Why? Because.", &["Why?", "Because."]),
            ("“Really?” he asked.", &["“Really?” he asked."]),
            ("", &[]),
        ];
        let failures: Vec<_> = cases
            .iter()
            .filter(|(t, e)| split(t) != *e)
            .map(|(t, e)| format!("{t:?}\n   got {:?}\n  want {e:?}", split(t)))
            .collect();
        assert!(
            failures.is_empty(),
            "{} rows differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
