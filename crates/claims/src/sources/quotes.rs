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
