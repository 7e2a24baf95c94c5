//! Quotes: which tokens are inside a quotation, where quotes open and
//! close, across sentences of a multi-sentence quote.

use super::*;

pub(super) struct Quotes {
    /// Token `i` is inside quotation marks (the marks themselves are not).
    pub(super) inside: Vec<bool>,
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

pub(super) fn is_open_quote(t: &Token<'_>, inside: bool) -> bool {
    is_opening_mark(t) || (is_straight_double(t) && !inside)
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
    if toks.iter().any(is_quote_mark) {
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

pub(super) fn is_quote_mark(t: &Token<'_>) -> bool {
    is_straight_double(t) || is_opening_mark(t) || t.is_punct('”') || t.is_punct('»')
}

impl Quotes {
    pub(super) fn scan(toks: &[Token<'_>], open: bool, new_line: bool) -> Quotes {
        let mut inside = Vec::with_capacity(toks.len());
        let mut state = open;
        // A quotation running into a new paragraph reopens with a mark.
        let reopening = open
            && new_line
            && toks
                .first()
                .is_some_and(|t| is_straight_double(t) || is_opening_mark(t));
        let mut has_speech = false;
        let mut first_speech_open = None;
        // (opening index or None when carried in, words, starts upper, ends with final punctuation)
        let mut region: Option<(Option<usize>, usize, bool, bool)> =
            open.then_some((None, 0, true, false));
        for (i, t) in toks.iter().enumerate() {
            if i == 0 && reopening {
                inside.push(false);
                continue;
            }
            if !state && is_open_quote(t, false) {
                state = true;
                region = Some((Some(i), 0, false, false));
                inside.push(false);
                continue;
            }
            if state && is_close_quote(t, true) {
                state = false;
                if let Some((o, words, upper, _)) = region.take() {
                    let final_punct = i > 0
                        && toks[i - 1].kind == Kind::Punct
                        && matches!(toks[i - 1].text, "." | "!" | "?" | "…");
                    if o.is_none() || words >= 4 && (upper || final_punct) {
                        has_speech = true;
                        if first_speech_open.is_none() {
                            first_speech_open = o;
                        }
                    }
                }
                inside.push(false);
                continue;
            }
            if let Some((o, words, upper, _)) = region.as_mut() {
                if t.is_word() {
                    if *words == 0 && o.is_some() {
                        *upper = t.is_capitalized();
                    }
                    *words += 1;
                }
            }
            inside.push(state);
        }
        if let Some((o, words, _, _)) = region {
            // Still open at the end: the quotation runs on into the next sentence.
            if words >= 2 || o.is_none() {
                has_speech = true;
                if first_speech_open.is_none() {
                    first_speech_open = o;
                }
            }
        }
        Quotes {
            inside,
            started_inside: open,
            open_at_end: state,
            has_speech,
            first_speech_open,
        }
    }
}
