//! Quotes: which tokens are inside a quotation, where quotes open and
//! close, across sentences of a multi-sentence quote.

use super::*;

pub(super) struct Quotes {
    /// Token `i` is inside quotation marks (the marks themselves are not);
    /// empty when the sentence has no quotation. Asked through `is_inside`.
    inside: Vec<bool>,
    pub(super) started_inside: bool,
    pub(super) open_at_end: bool,
    /// A quotation in this sentence is reported speech, not a scare quote or title.
    pub(super) has_speech: bool,
    /// Index of the opening mark of the first speech quote.
    pub(super) first_speech_open: Option<usize>,
}

/// A double quote mark that opens or closes by where it stands: `"`, and
/// `''` typed for one (the tokenizer makes it one token).
fn is_straight_double(t: &Token<'_>) -> bool {
    t.is_punct('"') || t.kind == Kind::Punct && t.text == "''"
}

/// A mark that only opens: `“`, `«`, and ``` `` ``` typed for `“`.
fn is_opening_mark(t: &Token<'_>) -> bool {
    t.is_punct('“') || t.is_punct('«') || t.kind == Kind::Punct && t.text == "``"
}

#[inline]
pub(super) fn is_open_quote(t: &Token<'_>, inside: bool) -> bool {
    may_be_quote_mark(t) && (is_opening_mark(t) || (is_straight_double(t) && !inside))
}

pub(super) fn is_close_quote(t: &Token<'_>, inside: bool) -> bool {
    // Nested quotations use single marks, so a `“` inside a quotation is a
    // mistyped closing mark.
    t.is_punct('”') || t.is_punct('»') || inside && (is_straight_double(t) || t.is_punct('“'))
}

/// Single quote marks used as the quotation marks (British style: `'We will
/// win,' said the mayor.`) are read as double ones, in a sentence that has
/// no double marks: an opening mark after a space before a word, a closing
/// mark glued to the word before it, paired in order. An opening left
/// unclosed counts only at the sentence start (a quotation of several
/// sentences); elsewhere it is an elision (`the '90s`). `open` is whether a
/// quotation opened with a single mark is open from the sentence before.
/// `None` when the sentence reads no single marks as quotation marks, else
/// whether a quotation is open at its end.
pub(super) fn read_single_quotes(toks: &mut [Token<'_>], open: bool) -> Option<bool> {
    let (mut double, mut single) = (false, false);
    for t in toks.iter().filter(|t| may_be_quote_mark(t)) {
        double |= is_quote_mark(t);
        single |= is_single_mark(t);
    }
    if double || !single && !open {
        return None;
    }
    let mut inside = open.then_some(None);
    let mut marks: Vec<usize> = Vec::new();
    for k in 0..toks.len() {
        match inside {
            None if opens_single(toks, k) => inside = Some(Some(k)),
            Some(opening) if closes_single(toks, k) => {
                marks.extend(opening);
                marks.push(k);
                inside = None;
            }
            _ => {}
        }
    }
    if let Some(Some(0)) = inside {
        marks.push(0);
    }
    let open_at_end = match inside {
        Some(None) => true,
        Some(Some(o)) => o == 0,
        None => false,
    };
    if marks.is_empty() && !open {
        return None;
    }
    for k in marks {
        let t = &mut toks[k];
        (t.text, t.lower) = match t.text {
            "‘" => ("“", "“"),
            "’" => ("”", "”"),
            _ => ("\"", "\""),
        };
    }
    Some(open_at_end)
}

fn is_single_mark(t: &Token<'_>) -> bool {
    t.kind == Kind::Punct && matches!(t.text, "'" | "‘" | "’")
}

fn opens_single(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    is_single_mark(t)
        && t.text != "’"
        && (k == 0 || t.space_before)
        && toks
            .get(k + 1)
            .is_some_and(|n| !n.space_before && (n.is_word() || n.is_num()))
}

fn closes_single(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    is_single_mark(t)
        && t.text != "‘"
        && k > 0
        && !t.space_before
        && toks
            .get(k + 1)
            .is_none_or(|n| n.space_before || n.kind == Kind::Punct)
}

#[inline]
pub(super) fn is_quote_mark(t: &Token<'_>) -> bool {
    may_be_quote_mark(t)
        && (is_straight_double(t) || is_opening_mark(t) || t.is_punct('”') || t.is_punct('»'))
}

/// Whether a token may be a quote mark, double or single, asked of its
/// first byte: every mark begins with `"`, `'`, a backtick or the lead
/// byte of `“”‘’` (0xE2) or `«»` (0xC2). Most tokens are not, and this is
/// asked of every token.
#[inline]
fn may_be_quote_mark(t: &Token<'_>) -> bool {
    t.kind == Kind::Punct && matches!(t.text.as_bytes()[0], b'"' | b'\'' | b'`' | 0xC2 | 0xE2)
}

/// A quotation met in the scan: where it opens (`None` when carried in from
/// the sentence before), and whether it reads as words said.
struct Quoted {
    open: Option<usize>,
    words: usize,
    starts_upper: bool,
    /// Lower-case words other than function words: none in `"The Nightly
    /// Show with Larry Wilmore"`, a title.
    lower_words: usize,
    /// Words in capitals (`"PELOSI STAMMERS"`, `BY FAR!`): shouted words,
    /// not a title.
    capitals: usize,
    /// Capitalised words after the first: none in `"They are still with
    /// you."`, words said that only function words follow.
    later_capitalized: usize,
}

impl Quoted {
    fn new(open: Option<usize>) -> Quoted {
        Quoted {
            open,
            words: 0,
            starts_upper: open.is_none(),
            lower_words: 0,
            capitals: 0,
            later_capitalized: 0,
        }
    }

    fn count(&mut self, t: &Token<'_>) {
        if !t.is_word() {
            return;
        }
        if self.words == 0 && self.open.is_some() {
            self.starts_upper = t.is_capitalized();
        } else if t.is_capitalized() {
            self.later_capitalized += 1;
        }
        self.words += 1;
        if !t.is_capitalized() {
            if !t.has(lexicon::FUNCTION_WORD) {
                self.lower_words += 1;
            }
        } else if t.text.len() >= 2 && t.text.bytes().all(|b| !b.is_ascii_lowercase()) {
            self.capitals += 1;
        }
    }

    /// A title in Title Case: a show, a book, a memo's heading.
    fn is_title(&self) -> bool {
        self.open.is_some()
            && self.words >= 2
            && self.lower_words == 0
            && self.capitals == 0
            && self.later_capitalized > 0
    }
}

/// Quotations read as speech: whether there is one, and where the first
/// that opens in the sentence opens.
#[derive(Default, Clone, Copy)]
struct Spoken {
    any: bool,
    first_open: Option<usize>,
}

impl Spoken {
    fn add(&mut self, open: Option<usize>) {
        self.any = true;
        self.first_open = self.first_open.or(open);
    }
}

/// The word at `k` is part of a web address (`pic.twitter.com/...`).
fn in_address(toks: &[Token<'_>], k: usize) -> bool {
    let joiner = |t: &Token<'_>| t.is_punct('.') || t.is_punct('/') || t.is_punct(':');
    let after = toks
        .get(k + 1)
        .is_some_and(|t| !t.space_before && joiner(t));
    let before = k > 0 && !toks[k].space_before && joiner(&toks[k - 1]);
    after || before
}

impl Quotes {
    /// Token `k` is inside quotation marks; a token past the sentence's
    /// last (as a caller's `k + 1` may be) is not.
    pub(super) fn is_inside(&self, k: usize) -> bool {
        self.inside.get(k).copied().unwrap_or(false)
    }

    pub(super) fn scan(toks: &[Token<'_>], open: bool, new_line: bool) -> Quotes {
        // Most sentences have no quotation: nothing to read, nothing inside.
        if !open && !toks.iter().any(|t| is_open_quote(t, false)) {
            return Quotes {
                inside: Vec::new(),
                started_inside: false,
                open_at_end: false,
                has_speech: false,
                first_speech_open: None,
            };
        }
        let mut inside = Vec::with_capacity(toks.len());
        let mut state = open;
        // A quotation running into a new paragraph reopens with a mark.
        let reopening = open
            && new_line
            && toks
                .first()
                .is_some_and(|t| is_straight_double(t) || is_opening_mark(t));
        // Quotations that read as speech, all of them and those no title.
        let (mut spoken, mut spoken_words) = (Spoken::default(), Spoken::default());
        let mut lower_outside = 0;
        let mut region: Option<Quoted> = open.then(|| Quoted::new(None));
        for (i, t) in toks.iter().enumerate() {
            if i == 0 && reopening {
                inside.push(false);
                continue;
            }
            if !state && is_open_quote(t, false) {
                state = true;
                region = Some(Quoted::new(Some(i)));
                inside.push(false);
                continue;
            }
            if state && is_close_quote(t, true) {
                state = false;
                if let Some(q) = region.take() {
                    let final_punct = i > 0
                        && toks[i - 1].kind == Kind::Punct
                        && matches!(toks[i - 1].text, "." | "!" | "?" | "…");
                    if q.open.is_none() || q.words >= 4 && (q.starts_upper || final_punct) {
                        spoken.add(q.open);
                        if !q.is_title() {
                            spoken_words.add(q.open);
                        }
                    }
                }
                inside.push(false);
                continue;
            }
            match region.as_mut() {
                Some(q) => q.count(t),
                None if lower_outside < 2
                    && t.is_lowercase_word()
                    && !t.has(lexicon::FUNCTION_WORD)
                    && !in_address(toks, i) =>
                {
                    lower_outside += 1
                }
                None => {}
            }
            inside.push(state);
        }
        if let Some(q) = region {
            // Still open at the end: the quotation runs on into the next sentence.
            if q.words >= 2 || q.open.is_none() {
                spoken.add(q.open);
                spoken_words.add(q.open);
            }
        }
        // In body text a Title Case quotation is a title (`acted in the
        // movie "Sharknado 3: Oh Hell No!"`); in a headline it may be words.
        let speech = if lower_outside >= 2 {
            spoken_words
        } else {
            spoken
        };
        Quotes {
            inside,
            started_inside: open,
            open_at_end: state,
            has_speech: speech.any,
            first_speech_open: speech.first_open,
        }
    }
}
