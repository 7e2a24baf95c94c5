//! Past fact-checks: a library of checked claims ranked for a text
//! (`RELATED.md`, `claimdesk match`).
//!
//! Each item is indexed by its claim and its title. A text is split into
//! sentences; every run of up to four consecutive sentences is a query
//! (a short post is one); an item's score is its best over those queries,
//! so a fact-check of any one passage ranks high. `@handles` and
//! `#hashtags` are split into their words. Web addresses and the `— Name
//! (@handle) date` line a post ends with stay in the query, but for the
//! date's day: measured on matching-dev, leaving the line out cost MAP@5
//! 0.872 -> 0.837 (its author and month match the fact-checks of that
//! post) and leaving the addresses out changed nothing.

use std::borrow::Cow;

pub use model::LibraryItem;
use serde::Serialize;

use crate::bm25::Bm25;
use crate::terms::Terms;

/// An item ranked for a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ranked {
    /// Index of the item in the library.
    pub item: usize,
    /// In `[0, 1]`: the BM25 score over what the best query could score.
    pub score: f64,
    /// The query that scored best (byte span in the text).
    pub sentence: [usize; 2],
}

/// The items and their index.
pub struct Library {
    items: Vec<LibraryItem>,
    index: Bm25,
    terms: Terms,
    /// Each item's claim terms, unique.
    claim_terms: Vec<Vec<String>>,
}

impl Library {
    pub fn new(items: Vec<LibraryItem>) -> Library {
        let terms = Terms::default();
        let bags: Vec<Vec<String>> = items
            .iter()
            .map(|i| {
                let mut bag = terms.of(&i.claim);
                if let Some(title) = &i.title {
                    bag.extend(terms.of(title));
                }
                bag
            })
            .collect();
        let index = Bm25::new(bags.iter().map(Vec::as_slice));
        let claim_terms = items
            .iter()
            .map(|i| {
                let mut t = terms.of(&i.claim);
                t.sort();
                t.dedup();
                t
            })
            .collect();
        Library {
            items,
            index,
            terms,
            claim_terms,
        }
    }

    pub fn items(&self) -> &[LibraryItem] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The best `top` items for `text`, whose sentences are `sentences`
    /// (byte spans), best first.
    pub fn rank(&self, text: &str, sentences: &[[usize; 2]], top: usize) -> Vec<Ranked> {
        if self.is_empty() || top == 0 {
            return Vec::new();
        }
        let passages = passages(text, sentences);
        let words = without_post_day(text);
        let bags: Vec<Vec<String>> = passages
            .iter()
            .map(|p| self.terms.of(&clean(&words[p[0]..p[1]])))
            .collect();
        // Each item's best raw score over the passages, and which passage.
        let mut best: Vec<(f64, usize)> = vec![(0.0, 0); self.items.len()];
        let mut scores = vec![0.0; self.items.len()];
        for (p, query) in bags.iter().enumerate() {
            scores.iter_mut().for_each(|s| *s = 0.0);
            self.index.score_into(query, &mut scores);
            for (slot, &s) in best.iter_mut().zip(&scores) {
                if s > slot.0 {
                    *slot = (s, p);
                }
            }
        }
        // Ranked by raw score: a passage that shares much with an item
        // beats one that shares all of little.
        let mut ranked: Vec<(f64, usize, usize)> = best
            .iter()
            .enumerate()
            .filter(|(_, (raw, _))| *raw > 0.0)
            .map(|(item, &(raw, p))| (raw, item, p))
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        ranked.truncate(top);
        ranked
            .into_iter()
            .map(|(raw, item, p)| Ranked {
                item,
                score: (raw / self.index.ceiling(&bags[p]).max(f64::MIN_POSITIVE)).min(1.0)
                    * self.index.known_share(&bags[p]),
                sentence: self.best_sentence(item, text, passages[p], sentences),
            })
            .collect()
    }

    /// The sentence of a passage that says most of the item's claim (by
    /// the rarity of the words they share).
    fn best_sentence(
        &self,
        item: usize,
        text: &str,
        passage: [usize; 2],
        sentences: &[[usize; 2]],
    ) -> [usize; 2] {
        let claim = &self.claim_terms[item];
        let weight = |s: &[usize; 2]| -> f64 {
            let words = self.terms.of(&clean(&text[s[0]..s[1]]));
            claim
                .iter()
                .filter(|t| words.contains(t))
                .map(|t| self.index.idf(t))
                .sum()
        };
        sentences
            .iter()
            .filter(|s| s[0] >= passage[0] && s[1] <= passage[1])
            .map(|s| (weight(s), *s))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1[0].cmp(&a.1[0])))
            .map_or(passage, |(_, s)| s)
    }
}

/// Passages of up to four consecutive sentences, one starting at each
/// sentence: a claim and the sentences that carry its context (a short
/// post is one passage).
fn passages(text: &str, sentences: &[[usize; 2]]) -> Vec<[usize; 2]> {
    const SENTENCES: usize = 4;
    if sentences.is_empty() {
        return if text.trim().is_empty() {
            Vec::new()
        } else {
            vec![[0, text.len()]]
        };
    }
    let last = sentences.len().saturating_sub(SENTENCES);
    (0..=last)
        .map(|i| {
            [
                sentences[i][0],
                sentences[(i + SENTENCES).min(sentences.len()) - 1][1],
            ]
        })
        .collect()
}

/// `text` with the day of its post's date blanked: the line a post ends
/// with (`— Ann Lee (@annlee) July 5, 2016`) says when it was posted, not
/// what it claims, and its day would match any figure of that size. The
/// month and year stay, as the fact-checks of a post name them (measured
/// on matching-dev: MAP@5 0.872 -> 0.874; without the whole date 0.863).
/// Blanked, not cut, so the sentences' offsets still hold.
fn without_post_day(text: &str) -> Cow<'_, str> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let day = text.rfind("(@").and_then(|handle| {
        let close = handle + text[handle..].find(')')? + 1;
        let rest = &text[close..];
        let mut words = rest.split_ascii_whitespace();
        let (month, day) = (words.next()?, words.next()?);
        let digits = day.strip_suffix(',')?;
        let is_day = (1..=2).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit());
        let at = close + (day.as_ptr() as usize - rest.as_ptr() as usize);
        (MONTHS.contains(&month) && is_day).then_some(at..at + digits.len())
    });
    match day {
        Some(day) => {
            let mut blanked = text.to_string();
            blanked.replace_range(day.clone(), &" ".repeat(day.len()));
            Cow::Owned(blanked)
        }
        None => Cow::Borrowed(text),
    }
}

/// A query as a social-media post is written: `@handles` and `#hashtags`
/// split into their words (`#BlackLivesMatter` -> `Black Lives Matter`).
fn clean(query: &str) -> String {
    let mut out = String::with_capacity(query.len() + 16);
    for word in query.split_inclusive(char::is_whitespace) {
        if !(word.starts_with('@') || word.starts_with('#')) {
            out.push_str(word);
            continue;
        }
        let mut previous_lower = false;
        for c in word.chars().skip(1) {
            if c.is_uppercase() && previous_lower {
                out.push(' ');
            }
            previous_lower = c.is_lowercase() || c.is_ascii_digit();
            out.push(if c == '_' { ' ' } else { c });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posts_day_is_blanked_and_nothing_else() {
        // (text, what the query reads)
        let table = [
            (
                "Vote early! — Ann Lee (@annlee) July 5, 2016",
                "Vote early! — Ann Lee (@annlee) July  , 2016",
            ),
            (
                "He said 5 million. — Bo (@bo_chen) October 28, 2016",
                "He said 5 million. — Bo (@bo_chen) October   , 2016",
            ),
            // Not a post's closing line: kept whole.
            (
                "Ask @annlee (@annlee) about July 5, 2016.",
                "Ask @annlee (@annlee) about July 5, 2016.",
            ),
            (
                "Floods on July 5, 2016 killed 12.",
                "Floods on July 5, 2016 killed 12.",
            ),
            (
                "— Ann Lee (@annlee) 5 July 2016",
                "— Ann Lee (@annlee) 5 July 2016",
            ),
        ];
        for (text, want) in table {
            assert_eq!(without_post_day(text), want, "{text}");
            assert_eq!(without_post_day(text).len(), text.len(), "{text}");
        }
    }

    #[test]
    fn handles_and_hashtags_are_read_as_words() {
        let table = [
            ("#BlackLivesMatter now", "Black Lives Matter now"),
            ("@joe_biden said", "joe biden said"),
            ("no tags here", "no tags here"),
        ];
        for (query, want) in table {
            assert_eq!(clean(query), want, "{query}");
        }
    }
}
