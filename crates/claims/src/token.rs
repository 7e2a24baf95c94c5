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
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }
    pub fn is_num(&self) -> bool {
        self.kind == Kind::Num
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }
    pub fn first_char(&self) -> char {
        self.text.chars().next().unwrap_or(' ')
    }
    pub fn is_capitalized(&self) -> bool {
        self.kind == Kind::Word && self.first_char().is_uppercase()
    }
    pub fn is_lowercase_word(&self) -> bool {
        self.kind == Kind::Word && self.first_char().is_lowercase()
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

/// Tokens of `text[start..end]`; spans are absolute (into `text`).
/// `lower` is the ASCII-lower-cased copy of the whole of `text`.
pub fn tokenize<'a>(text: &'a str, lower: &'a str, start: usize, end: usize, out: &mut Vec<Token<'a>>) {
    out.clear();
    let s = &text[start..end];
    let mut chars = s.char_indices().peekable();
    let mut space = true;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || c == '\u{200B}' || c == '\u{FEFF}' {
            space = true;
            continue;
        }
        let tok_start = i;
        let kind;
        if c.is_ascii_digit() {
            kind = Kind::Num;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    chars.next();
                } else if d == ',' || d == '.' {
                    // A separator only counts when a digit follows it.
                    if s[j + 1..].starts_with(|x: char| x.is_ascii_digit()) {
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        } else if c.is_alphabetic() {
            kind = Kind::Word;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() || is_combining_mark(d) {
                    chars.next();
                } else if is_apostrophe(d) && s[j + d.len_utf8()..].starts_with(char::is_alphabetic) {
                    chars.next();
                } else {
                    break;
                }
            }
        } else {
            kind = Kind::Punct;
        }
        let tok_end = chars.peek().map_or(s.len(), |&(j, _)| j);
        out.push(Token {
            kind,
            start: start + tok_start,
            end: start + tok_end,
            text: &text[start + tok_start..start + tok_end],
            lower: &lower[start + tok_start..start + tok_end],
            space_before: space,
        });
        space = false;
    }
}

/// Combining marks keep a word whole (`é` written as `e` + U+0301, Hebrew
/// and Arabic vowel signs, Devanagari matras).
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0591..=0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0900..=0x0903
        | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// ASCII lower-case copy: same length and byte offsets as `text`.
pub fn lower_ascii(text: &str) -> String {
    text.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(Kind, String, bool)> {
        let lower = lower_ascii(s);
        let mut out = Vec::new();
        tokenize(s, &lower, 0, s.len(), &mut out);
        out.into_iter().map(|t| (t.kind, t.text.to_string(), t.space_before)).collect()
    }

    #[test]
    fn tokens() {
        use Kind::*;
        let cases: &[(&str, &[(Kind, &str, bool)])] = &[
            ("some 11,000 men.", &[(Word, "some", true), (Num, "11,000", true), (Word, "men", true), (Punct, ".", false)]),
            ("$3bn", &[(Punct, "$", true), (Num, "3", false), (Word, "bn", false)]),
            ("1950-53", &[(Num, "1950", true), (Punct, "-", false), (Num, "53", false)]),
            ("Korea’s 1.2", &[(Word, "Korea’s", true), (Num, "1.2", true)]),
            ("ends 5.", &[(Word, "ends", true), (Num, "5", true), (Punct, ".", false)]),
        ];
        for (input, expected) in cases {
            let expected: Vec<_> = expected.iter().map(|(k, t, s)| (*k, t.to_string(), *s)).collect();
            assert_eq!(toks(input), expected, "{input}");
        }
    }
}
