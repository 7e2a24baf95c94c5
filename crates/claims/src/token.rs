//! A tiny tokenizer over one sentence: words, digit runs and punctuation,
//! each with its byte span and whether white space comes before it.
//!
//! Lower-casing is ASCII-only on purpose: it keeps byte offsets identical,
//! so a token's lower-case text is a slice of a lower-cased copy.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (any script), with inner apostrophes: `Korea’s`, `don't`.
    Word,
    /// ASCII digits with inner `,` or `.` between digits: `11,000`, `1.2`.
    Num,
    /// Any other single non-space character.
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token<'a> {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// ASCII-lower-cased text.
    pub lower: &'a str,
    /// White space separates it from the previous token.
    pub space_before: bool,
    /// A word that starts with a capital letter (rules ask this of every
    /// token they pass, so it is decided once).
    capitalized: bool,
    /// Word classes of `lower` (`crate::lexicon`), 0 for non-words.
    pub flags: u64,
}

impl Token<'_> {
    pub fn has(&self, flag: u64) -> bool {
        self.flags & flag != 0
    }
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }
    /// How the word reports speech, belief or evidence, if it is a cue.
    pub fn cue_class(&self) -> Option<crate::lexicon::CueClass> {
        crate::lexicon::cue_class_of(self.flags)
    }
    /// A past tense that is never a noun (`crate::lexicon::is_past_tense_only`).
    pub fn is_past_tense_only(&self) -> bool {
        crate::lexicon::past_tense_only(self.lower, self.flags)
    }
    pub fn first_char(&self) -> char {
        self.text.chars().next().unwrap_or(' ')
    }
    pub fn is_capitalized(&self) -> bool {
        self.capitalized
    }
    /// `Korea's`, `Korea’s`: a possessive, which opens a noun phrase.
    pub fn is_possessive(&self) -> bool {
        self.kind == Kind::Word && (self.lower.ends_with("'s") || self.lower.ends_with("’s"))
    }
    /// Where the word ends without its possessive `'s` (`Toyota` in
    /// `Toyota's`); its end if it is none.
    pub fn end_before_possessive(&self) -> usize {
        if !self.is_possessive() {
            self.end
        } else if self.lower.ends_with("’s") {
            self.end - "’s".len()
        } else {
            self.end - "'s".len()
        }
    }
    #[inline]
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == Kind::Word
            && match self.text.as_bytes()[0] {
                b if b < 0x80 => b.is_ascii_lowercase(),
                _ => self.first_char().is_lowercase(),
            }
    }
}

/// Tokens of `text[start..end]`; spans are absolute (into `text`).
/// `lower` is the ASCII-lower-cased copy of `text[start..end]` (so token
/// `i..j` has lower-case text `lower[i - start..j - start]`).
pub fn tokenize<'a>(
    text: &'a str,
    lower: &'a str,
    start: usize,
    end: usize,
    out: &mut Vec<Token<'a>>,
) {
    out.clear();
    let s = &text[start..end];
    let b = s.as_bytes();
    let mut i = 0;
    let mut space = true;
    let lexicon = crate::lexicon::table();
    while i < b.len() {
        let c = b[i];
        // ASCII fast paths; everything else decodes one char.
        let (kind, len) = if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        } else if c.is_ascii_digit() {
            (Kind::Num, number_len(b, i))
        } else if c.is_ascii_alphabetic() {
            // Most words are ASCII letters only: the general scan only
            // where an apostrophe or a non-ASCII letter may continue one.
            let end = ascii_letters_end(b, i);
            match b.get(end) {
                Some(&n) if n == b'\'' || n >= 0x80 => (Kind::Word, end - i + word_len(s, end)),
                _ => (Kind::Word, end - i),
            }
        } else if is_doubled_quote(b, i) {
            (Kind::Punct, 2)
        } else if c < 0x80 {
            (Kind::Punct, 1)
        } else {
            let ch = s[i..].chars().next().unwrap_or(' ');
            let n = ch.len_utf8();
            if ch.is_whitespace() || ch == '\u{200B}' || ch == '\u{FEFF}' {
                space = true;
                i += n;
                continue;
            }
            if !is_typographic_punctuation(ch) && ch.is_alphabetic() {
                (Kind::Word, word_len(s, i))
            } else {
                (Kind::Punct, n)
            }
        };
        let lower = &lower[i..i + len];
        let text = &s[i..i + len];
        let word = kind == Kind::Word;
        out.push(Token {
            kind,
            start: start + i,
            end: start + i + len,
            text,
            lower,
            space_before: space,
            capitalized: word && starts_upper(text),
            flags: if word { lexicon.flags(lower) } else { 0 },
        });
        space = false;
        i += len;
    }
}

fn starts_upper(word: &str) -> bool {
    match word.as_bytes()[0] {
        b if b < 0x80 => b.is_ascii_uppercase(),
        _ => word.starts_with(char::is_uppercase),
    }
}

/// Two apostrophes or two backticks written for a double quote mark
/// (`''We will win,'' said the mayor.`, ``` ``so`` ```): one token, a
/// quote mark like `"`. Not after a digit, where `''` is inches (`5'10''`).
fn is_doubled_quote(b: &[u8], i: usize) -> bool {
    matches!(&b[i..], [b'\'', b'\'', ..] | [b'`', b'`', ..])
        && !(i > 0 && b[i - 1].is_ascii_digit())
}

/// Digits with inner `,` or `.` between digits: `11,000`, `1.2`.
fn number_len(b: &[u8], from: usize) -> usize {
    let mut j = from;
    while j < b.len() {
        if b[j].is_ascii_digit()
            || (b[j] == b',' || b[j] == b'.') && b.get(j + 1).is_some_and(u8::is_ascii_digit)
        {
            j += 1;
        } else {
            break;
        }
    }
    j - from
}

/// Letters (any script) and combining marks, with inner apostrophes; from
/// a word's start or from anywhere inside it (the scan keeps no state).
fn word_len(s: &str, from: usize) -> usize {
    let b = s.as_bytes();
    let mut j = from;
    while j < b.len() {
        // The common case: a run of ASCII letters.
        j = ascii_letters_end(b, j);
        if j >= b.len() {
            break;
        }
        let c = b[j];
        if c < 0x80 {
            if c == b'\''
                && b.get(j + 1).is_some_and(|n| {
                    n.is_ascii_alphabetic() || *n >= 0x80 && starts_alpha(&s[j + 1..])
                })
            {
                j += 1;
                continue;
            }
            break;
        }
        let ch = s[j..].chars().next().unwrap_or(' ');
        // A curly apostrophe inside a word (`don’t`) is part of it.
        let inner_apostrophe = ch == '’' && starts_alpha(&s[j + ch.len_utf8()..]);
        let letter =
            !is_typographic_punctuation(ch) && (ch.is_alphabetic() || is_combining_mark(ch));
        if inner_apostrophe || letter {
            j += ch.len_utf8();
        } else {
            break;
        }
    }
    j - from
}

/// Where the run of ASCII letters from `j` ends. Eight bytes at a time
/// where eight remain: this runs over every letter of the text.
fn ascii_letters_end(b: &[u8], mut j: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // Per byte, on its low seven bits folded to lower case: at least
        // `a` and below `{`; no byte's sum carries into the next.
        let y = (x | 0x2020_2020_2020_2020) & !HIGH;
        let at_least_a = y + (0x80 - u64::from(b'a')) * ONES;
        let past_z = y + (0x80 - u64::from(b'{')) * ONES;
        let letters = at_least_a & !past_z & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return j + (others.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    j
}

/// Dashes, curly quotes, the ellipsis, bullets, primes (U+2010 to
/// U+205E): never a letter. Asked before the Unicode tables, which are
/// slow, of the non-ASCII characters news text has most.
fn is_typographic_punctuation(c: char) -> bool {
    ('\u{2010}'..='\u{205E}').contains(&c)
}

fn starts_alpha(s: &str) -> bool {
    s.starts_with(char::is_alphabetic)
}

/// Combining marks keep a word whole (`é` written as `e` + U+0301, Hebrew
/// and Arabic vowel signs, Devanagari matras).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903
        | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// ASCII lower-case copy into `buf`: same length and byte offsets as `text`.
pub fn lower_ascii_into(text: &str, buf: &mut String) {
    buf.clear();
    buf.push_str(text);
    buf.make_ascii_lowercase();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(Kind, String, bool)> {
        let mut lower = String::new();
        lower_ascii_into(s, &mut lower);
        let mut out = Vec::new();
        tokenize(s, &lower, 0, s.len(), &mut out);
        out.into_iter()
            .map(|t| (t.kind, t.text.to_string(), t.space_before))
            .collect()
    }

    /// The fast path asks `is_typographic_punctuation` before the Unicode
    /// tables: it must hold no letter and no mark a word keeps.
    #[test]
    fn typographic_punctuation_holds_no_letter() {
        for c in '\u{2010}'..='\u{205E}' {
            assert!(is_typographic_punctuation(c));
            assert!(!c.is_alphabetic() && !is_combining_mark(c), "{c:?}");
        }
        assert!(!is_typographic_punctuation('\u{200D}'));
    }

    #[test]
    fn tokens() {
        use Kind::*;
        let cases: &[(&str, &[(Kind, &str, bool)])] = &[
            (
                "some 11,000 men.",
                &[
                    (Word, "some", true),
                    (Num, "11,000", true),
                    (Word, "men", true),
                    (Punct, ".", false),
                ],
            ),
            (
                "$3bn",
                &[(Punct, "$", true), (Num, "3", false), (Word, "bn", false)],
            ),
            (
                "1950-53",
                &[(Num, "1950", true), (Punct, "-", false), (Num, "53", false)],
            ),
            (
                "Korea’s 1.2",
                &[(Word, "Korea’s", true), (Num, "1.2", true)],
            ),
            (
                "ends 5.",
                &[(Word, "ends", true), (Num, "5", true), (Punct, ".", false)],
            ),
            // Two apostrophes or backticks typed for a double quote: one mark.
            (
                "''Yes,'' ``no''",
                &[
                    (Punct, "''", true),
                    (Word, "Yes", false),
                    (Punct, ",", false),
                    (Punct, "''", false),
                    (Punct, "``", true),
                    (Word, "no", false),
                    (Punct, "''", false),
                ],
            ),
            // After a digit they are inches.
            (
                "6'10''",
                &[
                    (Num, "6", true),
                    (Punct, "'", false),
                    (Num, "10", false),
                    (Punct, "'", false),
                    (Punct, "'", false),
                ],
            ),
        ];
        for (input, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|(k, t, s)| (*k, t.to_string(), *s))
                .collect();
            assert_eq!(toks(input), expected, "{input}");
        }
    }
}
