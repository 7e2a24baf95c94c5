//! Text to terms: the words two claims or a claim and a fact-check are
//! compared by.
//!
//! Lower-cased, split at anything that is not a letter or digit, function
//! words dropped, English words stemmed (Snowball), and numbers written
//! without grouping (`11,000` and `11000` are one term; `$3bn` keeps `3`
//! and `bn`).

use rust_stemmers::{Algorithm, Stemmer};

/// A reusable tokenizer (the stemmer holds its tables).
pub struct Terms {
    stemmer: Stemmer,
}

impl Default for Terms {
    fn default() -> Self {
        Terms {
            stemmer: Stemmer::create(Algorithm::English),
        }
    }
}

impl Terms {
    /// The content terms of `text`, in order, repeats kept.
    pub fn of(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        self.each(text, |term| out.push(term));
        out
    }

    /// Calls `f` with each content term of `text`.
    pub fn each(&self, text: &str, mut f: impl FnMut(String)) {
        self.each_word(text, |term, _, _| f(term));
    }

    /// Calls `f` with each content term of `text`, the lower-cased word it
    /// comes from, and whether that word was written with a capital (a
    /// name, when not the first word).
    pub fn each_word(&self, text: &str, mut f: impl FnMut(String, &str, bool)) {
        for (word, capital) in words(text) {
            if is_number(&word) {
                f(word.clone(), &word, false);
                continue;
            }
            if word.chars().count() < 2 || is_stopword(&word) {
                continue;
            }
            f(self.stemmer.stem(&word).into_owned(), &word, capital);
        }
    }
}

/// Each term of `terms` once (sorted): a term counts once per text.
pub fn distinct(terms: &[String]) -> Vec<&str> {
    let mut seen: Vec<&str> = terms.iter().map(String::as_str).collect();
    seen.sort_unstable();
    seen.dedup();
    seen
}

/// Lower-cased words, each with whether it began with a capital; digit
/// groups joined across `,` thousands separators so a figure is one word.
fn words(text: &str) -> impl Iterator<Item = (String, bool)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let mut word = String::new();
        let mut capital = false;
        while let Some(&(_, c)) = chars.peek() {
            if c.is_alphabetic() && !word.is_empty() && is_number(&word) {
                return Some((word, false)); // `3.5bn` -> `3.5`, `bn`
            }
            chars.next();
            if c.is_alphanumeric() {
                capital |= word.is_empty() && c.is_uppercase();
                word.extend(c.to_lowercase());
            } else if c == '\'' || c == '\u{2019}' {
                // `Russia's` -> `russia`: a possessive is the noun.
                if !word.is_empty() {
                    skip_while_alphanumeric(&mut chars);
                    return Some((word, capital));
                }
            } else if (c == ',' || c == '.') && is_grouping(&word, chars.peek().map(|p| p.1)) {
                // `11,000` -> `11000`; `2.5` keeps its point.
                if c == '.' {
                    word.push('.');
                }
            } else if !word.is_empty() {
                return Some((word, capital));
            }
        }
        (!word.is_empty()).then_some((word, capital))
    })
}

fn skip_while_alphanumeric(chars: &mut std::iter::Peekable<std::str::CharIndices<'_>>) {
    while chars.peek().is_some_and(|&(_, c)| c.is_alphanumeric()) {
        chars.next();
    }
}

/// A separator between digits inside a number (`11,000`, `2.5`): the
/// number stays one word.
fn is_grouping(word: &str, next: Option<char>) -> bool {
    !word.is_empty() && is_number(word) && next.is_some_and(|c| c.is_ascii_digit())
}

/// Digits, with at most a decimal point: a figure, never stemmed.
fn is_number(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}

/// English function words: they say nothing about what a claim is about.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
];

fn is_stopword(word: &str) -> bool {
    STOPWORDS.binary_search(&word).is_ok()
}

/// Words that reverse what a sentence claims: two sentences that differ in
/// one of these are not the same claim.
const NEGATIONS: &[&str] = &[
    "never", "no", "none", "nor", "not", "nobody", "nothing", "without", "n't", "cannot",
];

/// Whether `text` is negated (a negation word or an `n't` contraction).
pub fn is_negated(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("n't")
        || lower.contains("n\u{2019}t")
        || words(&lower).any(|(w, _)| NEGATIONS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stopwords_are_sorted_for_binary_search() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn terms_read_like_the_spec() {
        let t = Terms::default();
        let table: &[(&str, &[&str])] = &[
            (
                "Some 11,000 North Korean soldiers",
                &["11000", "north", "korean", "soldier"],
            ),
            ("Russia's Kursk region", &["russia", "kursk", "region"]),
            ("$3.5bn was reported", &["3.5", "bn", "report"]),
            ("It is the same as it was", &[]),
            ("1,50,000 people", &["150000", "peopl"]),
        ];
        for (text, want) in table {
            assert_eq!(t.of(text), *want, "{text}");
        }
    }

    #[test]
    fn negation_is_a_word_or_a_contraction() {
        for (text, negated) in [
            ("He did not say it", true),
            ("They haven't paid", true),
            ("No one was hurt", true),
            ("Notably, 12 were hurt", false),
            ("Another nothingburger", false),
        ] {
            assert_eq!(is_negated(text), negated, "{text}");
        }
    }
}
