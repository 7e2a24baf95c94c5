//! Same claim: the claim made again in another document (`RELATED.md`
//! section 2).
//!
//! Two claim sentences are compared by what they claim, weighted by how
//! rare each term is among the sentences compared (cosine of TF-IDF
//! vectors), and by the structure the engine extracted: a sentence that
//! gives other figures, or negates what the other affirms, makes another
//! claim whatever the words in common.
//!
//! What a sentence claims is its words less its attribution: the same claim
//! may come from another source (`Zelenskyy said` / `, Ukraine's president
//! said`), so source spans and cue words are left out. Two wordings of one
//! thing are one term: the nouns of a class (`soldiers`, `troops`) and a
//! country with its adjective (`North Korean` / `North Korea`). A sentence
//! that names another day or month (`on Monday` / `on Tuesday`) changes a
//! time: another claim. (A day named on one side only is often when it was
//! said, not what: `Calderon told CNBC Saturday` / `Calderón said in an
//! interview with CNBC`.) So does one that counts the hurt where the other
//! counts the dead (`were injured` / `were killed`).

use std::collections::HashMap;

use claims::{Bound, NumberMention, SourceMention};
use serde::Serialize;

use crate::quantity::class_term;
use crate::terms::{self, Terms};

/// A claim sentence to compare.
#[derive(Debug, Clone)]
pub struct ClaimText<'a> {
    /// Which document it is in; only claims of different documents match.
    pub doc: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Its number mentions.
    pub figures: Vec<ClaimFigure>,
    /// Its sources' spans (document offsets, like `start`) and cues: who
    /// says it is not what it says.
    pub sources: Vec<([usize; 2], &'a str)>,
}

impl<'a> ClaimText<'a> {
    /// The claim sentence `text` at `span` of document `doc`, with the
    /// number and source mentions the engine found in it.
    pub fn new(
        doc: usize,
        span: [usize; 2],
        text: &'a str,
        numbers: &[NumberMention],
        sources: &'a [SourceMention],
    ) -> ClaimText<'a> {
        ClaimText {
            doc,
            start: span[0],
            end: span[1],
            text,
            figures: numbers.iter().map(ClaimFigure::of).collect(),
            sources: sources
                .iter()
                .map(|s| ([s.start, s.end], s.cue.as_str()))
                .collect(),
        }
    }
}

/// A figure as a same claim must repeat it: its value, the upper end of a
/// range, and which way it is open (`less than 1 percent` is not `1
/// percent`); `about` changes no claim (`some 11,000` / `11,000`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClaimFigure {
    pub value: f64,
    pub high: Option<f64>,
    pub bound: Bound,
}

impl ClaimFigure {
    pub fn of(m: &NumberMention) -> ClaimFigure {
        ClaimFigure {
            value: m.value,
            high: m.high,
            bound: m.bound,
        }
    }

    /// What two figures of one claim share: the bits of the value and of
    /// the upper end, and the way it is open (`about` is the figure).
    fn key(&self) -> (u64, Option<u64>, u8) {
        let way = match self.bound {
            Bound::Exact | Bound::Approx => 0,
            Bound::AtMost => 1,
            Bound::AtLeast => 2,
        };
        (self.value.to_bits(), self.high.map(f64::to_bits), way)
    }
}

/// Two claims taken for the same claim.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Match {
    /// Indexes into the claims given to [`same_claims`].
    pub a: usize,
    pub b: usize,
    /// Cosine similarity of the two sentences' weighted terms, in `[0, 1]`.
    pub score: f64,
    /// At or above [`CONFIRM`] and long enough: a verdict may be applied to
    /// both at once. Otherwise only a suggestion.
    pub confirmed: bool,
}

/// Below this a pair is not shown.
pub const SUGGEST: f64 = 0.55;
/// At or above this (and [`MIN_CONFIRM_TERMS`] long) a pair is confirmed.
pub const CONFIRM: f64 = 0.75;
/// Shorter sentences share words by chance: at most a suggestion.
pub const MIN_CONFIRM_TERMS: usize = 6;
/// A claim with fewer content terms than this (`Officials said so.`) says
/// too little to be matched.
const MIN_TERMS: usize = 3;
/// A claim with more than twice the other's distinct content terms adds
/// something to it (a clause, a place, a time), so it is another claim.
const MAX_TERMS_RATIO: usize = 2;

/// Pairs of claims from different documents that make the same claim.
pub fn same_claims(claims: &[ClaimText<'_>], terms: &Terms) -> Vec<Match> {
    let bags: Vec<Vec<String>> = claims.iter().map(|c| content_terms(c, terms)).collect();
    let idf = inverse_document_frequency(&bags);
    let vectors: Vec<Vec<(usize, f64)>> = bags.iter().map(|b| weigh(b, &idf)).collect();
    let negated: Vec<bool> = claims.iter().map(|c| terms::is_negated(c.text)).collect();
    let times: Vec<Vec<String>> = claims.iter().map(|c| named_times(c.text, terms)).collect();
    let tolls: Vec<Vec<&str>> = bags.iter().map(|b| tolls_counted(b)).collect();
    let sizes: Vec<usize> = bags.iter().map(|b| terms::distinct(b).len()).collect();
    let mut out = Vec::new();
    for i in 0..claims.len() {
        for j in i + 1..claims.len() {
            if claims[i].doc == claims[j].doc
                || sizes[i].min(sizes[j]) < MIN_TERMS
                || sizes[i].max(sizes[j]) > MAX_TERMS_RATIO * sizes[i].min(sizes[j])
                || negated[i] != negated[j]
                || named_otherwise(&times[i], &times[j])
                || named_otherwise(&tolls[i], &tolls[j])
                || !same_figures(&claims[i].figures, &claims[j].figures)
            {
                continue;
            }
            let score = cosine(&vectors[i], &vectors[j]);
            if score >= SUGGEST {
                let long = bags[i].len().min(bags[j].len()) >= MIN_CONFIRM_TERMS;
                out.push(Match {
                    a: i,
                    b: j,
                    score,
                    confirmed: score >= CONFIRM && long,
                });
            }
        }
    }
    out
}

/// The terms of what `claim` says: its text without its sources' spans
/// and cue words, a class noun or a country's adjective written as one
/// term.
fn content_terms(claim: &ClaimText<'_>, terms: &Terms) -> Vec<String> {
    let mut text = claim.text.to_string();
    let mut cue_terms = Vec::new();
    for &([start, end], cue) in &claim.sources {
        let span = start.saturating_sub(claim.start)..end.saturating_sub(claim.start);
        // Blanked, not cut, so the words either side stay apart; a space
        // per byte of whole characters keeps the text valid and the later
        // spans in place.
        if text.get(span.clone()).is_some() {
            let blank = " ".repeat(span.len());
            text.replace_range(span, &blank);
        }
        cue_terms.extend(terms.of(cue));
    }
    let mut out = Vec::new();
    terms.each_word(&text, |term, word, capital| {
        if cue_terms.contains(&term) {
            return;
        }
        out.push(match class_term(word).or_else(|| toll_term(word)) {
            Some(class) => class.to_string(),
            None => country_term(term, word, capital),
        });
    });
    out
}

/// The days and months a claim names (`on Monday`, `in March`), as
/// written with a capital (`may` is no month), sorted and once each.
fn named_times(text: &str, terms: &Terms) -> Vec<String> {
    let mut times = Vec::new();
    terms.each_word(text, |_, word, capital| {
        if capital && (claims::is_weekday_word(word) || claims::month_of_word(word).is_some()) {
            times.push(word.to_string());
        }
    });
    times.sort_unstable();
    times.dedup();
    times
}

/// The verbs news counts the dead and the hurt by, as the terms of the
/// nouns for them (`20 people were killed` / `20 people died`; `the
/// deaths` is already `#dead`); `injured` is not `killed`.
fn toll_term(word: &str) -> Option<&'static str> {
    match word {
        "killed" | "kill" | "kills" | "killing" | "died" | "die" | "dies" | "dying"
        | "perished" => Some("#dead"),
        "injured" | "wounded" | "hurt" | "injuries" | "injury" | "wounds" => Some("#hurt"),
        _ => None,
    }
}

/// Which of the dead and the hurt a claim counts.
fn tolls_counted(bag: &[String]) -> Vec<&str> {
    let mut tolls: Vec<&str> = bag
        .iter()
        .map(String::as_str)
        .filter(|t| matches!(*t, "#dead" | "#hurt"))
        .collect();
    tolls.sort_unstable();
    tolls.dedup();
    tolls
}

/// Both claims name days or months (or tolls), not the same ones.
fn named_otherwise<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    !a.is_empty() && !b.is_empty() && a != b
}

/// `Korean` -> `korea`, `Russian` -> `russia`: a capitalised adjective in
/// `-an` of a country or region in `-a` is the name's term.
fn country_term(term: String, word: &str, capital: bool) -> String {
    match word.strip_suffix('n') {
        Some(name) if capital && name.len() >= 3 && name.ends_with('a') => name.to_string(),
        _ => term,
    }
}

/// Term ids with their smoothed inverse document frequency.
fn inverse_document_frequency(bags: &[Vec<String>]) -> HashMap<&str, (usize, f64)> {
    let mut df: HashMap<&str, usize> = HashMap::new();
    for bag in bags {
        for t in terms::distinct(bag) {
            *df.entry(t).or_default() += 1;
        }
    }
    let n = bags.len() as f64;
    df.into_iter()
        .enumerate()
        .map(|(id, (t, d))| (t, (id, (1.0 + n / d as f64).ln())))
        .collect()
}

/// A sparse unit vector of term weights, sorted by term id.
fn weigh(bag: &[String], idf: &HashMap<&str, (usize, f64)>) -> Vec<(usize, f64)> {
    let mut sums: HashMap<usize, f64> = HashMap::new();
    for t in bag {
        let (id, w) = idf[t.as_str()];
        *sums.entry(id).or_default() += w;
    }
    let mut v: Vec<(usize, f64)> = sums.into_iter().collect();
    let norm = v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|e| e.1 /= norm);
    }
    v.sort_by_key(|e| e.0);
    v
}

fn cosine(a: &[(usize, f64)], b: &[(usize, f64)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    dot.clamp(0.0, 1.0)
}

/// The same figures, in any order: a claim with another figure is another
/// claim.
fn same_figures(a: &[ClaimFigure], b: &[ClaimFigure]) -> bool {
    let keys = |figures: &[ClaimFigure]| {
        let mut keys: Vec<_> = figures.iter().map(ClaimFigure::key).collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    };
    keys(a) == keys(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A claim of document `doc`; `sources` are (source words, cue) as the
    /// engine gives them, found in `text`.
    fn claim<'a>(
        doc: usize,
        text: &'a str,
        figures: &[(f64, Bound)],
        sources: &[(&str, &'a str)],
    ) -> ClaimText<'a> {
        ClaimText {
            doc,
            start: 0,
            end: text.len(),
            text,
            figures: figures
                .iter()
                .map(|&(value, bound)| ClaimFigure {
                    value,
                    high: None,
                    bound,
                })
                .collect(),
            sources: sources
                .iter()
                .map(|(words, cue)| {
                    let at = text.find(words).expect("the source is in the text");
                    ([at, at + words.len()], *cue)
                })
                .collect(),
        }
    }

    #[test]
    fn same_claim_reads_like_related_md() {
        use Bound::*;
        let t = Terms::default();
        // (a, b, matched, confirmed)
        let table: &[(ClaimText, ClaimText, bool, bool)] = &[
            (
                claim(0, "Zelenskyy said some 11,000 North Korean soldiers are in the Kursk region.", &[(11000.0, Approx)], &[("Zelenskyy", "said")]),
                claim(1, "Some 11,000 North Korean soldiers are in the Kursk region, Ukraine's president Zelenskyy said.", &[(11000.0, Approx)], &[("Ukraine's president Zelenskyy", "said")]),
                true,
                true,
            ),
            // RELATED.md's own pair: other source, other nouns for the
            // soldiers, the country for its adjective.
            (
                claim(0, "Zelenskyy said some 11,000 North Korean soldiers are in Kursk.", &[(11000.0, Approx)], &[("Zelenskyy", "said")]),
                claim(1, "Around 11,000 troops from North Korea have been sent to the Kursk region, Ukraine's president said.", &[(11000.0, Approx)], &[("Ukraine's president", "said")]),
                true,
                false,
            ),
            // Who says it is not what is said.
            (
                claim(0, "Russia said the strike on the market killed 20 civilians.", &[(20.0, Exact)], &[("Russia", "said")]),
                claim(1, "The strike on the market killed 20 civilians, Ukrainian officials said.", &[(20.0, Exact)], &[("Ukrainian officials", "said")]),
                true,
                false,
            ),
            // `about` keeps the claim; `less than` changes it.
            (
                claim(0, "About 300 people were evacuated from the flooded river town on Sunday night.", &[(300.0, Approx)], &[]),
                claim(1, "300 people were evacuated from the flooded river town on Sunday night.", &[(300.0, Exact)], &[]),
                true,
                true,
            ),
            (
                claim(0, "Less than 1 percent of the voters chose the governor.", &[(1.0, AtMost)], &[]),
                claim(1, "1 percent of the voters chose the governor.", &[(1.0, Exact)], &[]),
                false,
                false,
            ),
            (
                claim(0, "Some 11,000 North Korean soldiers are in the Kursk region.", &[(11000.0, Approx)], &[]),
                claim(1, "Some 12,000 North Korean soldiers are in the Kursk region.", &[(12000.0, Approx)], &[]),
                false,
                false,
            ),
            (
                claim(0, "The minister said the army was in the Kursk region.", &[], &[("minister", "said")]),
                claim(1, "The minister said the army was not in the Kursk region.", &[], &[("minister", "said")]),
                false,
                false,
            ),
            // The dead counted by a verb or a noun; the hurt are others.
            (
                claim(0, "Twenty people were killed when the ferry sank off the island.", &[(20.0, Exact)], &[]),
                claim(1, "Twenty people died when the ferry sank off the island.", &[(20.0, Exact)], &[]),
                true,
                true,
            ),
            (
                claim(0, "Twenty people were killed when the ferry sank off the island.", &[(20.0, Exact)], &[]),
                claim(1, "Twenty people were injured when the ferry sank off the island.", &[(20.0, Exact)], &[]),
                false,
                false,
            ),
            // Another day is another claim; a day on one side only may be
            // when it was said.
            (
                claim(0, "The bridge over the river was closed on Monday after the storm.", &[], &[]),
                claim(1, "The bridge over the river was closed on Tuesday after the storm.", &[], &[]),
                false,
                false,
            ),
            (
                claim(0, "\"We will not pay for the wall,\" the former president told CNBC Saturday.", &[], &[("former president", "told")]),
                claim(1, "\"We will not pay for the wall,\" the former president said in an interview with CNBC.", &[], &[("former president", "said")]),
                true,
                false,
            ),
            (
                claim(0, "The bridge over the river was closed on Monday after the storm.", &[], &[]),
                claim(1, "After the storm, the bridge over the river was closed on Monday.", &[], &[]),
                true,
                false,
            ),
            // A clause added is a claim added.
            (
                claim(0, "The court rejected his appeal in 2002.", &[(2002.0, Exact)], &[]),
                claim(1, "The court rejected his appeal in 2002, and a review board later found six grounds for a new hearing of the case.", &[(2002.0, Exact)], &[]),
                false,
                false,
            ),
            // Nothing said but the saying.
            (
                claim(0, "Officials said so.", &[], &[("Officials", "said")]),
                claim(1, "Officials said so.", &[], &[("Officials", "said")]),
                false,
                false,
            ),
            (
                claim(0, "The bridge was closed on Monday after the storm.", &[], &[]),
                claim(0, "The bridge was closed on Monday after the storm.", &[], &[]),
                false,
                false,
            ),
            (
                claim(0, "Prices rose sharply in the capital.", &[], &[]),
                claim(1, "The government blamed the storm for the delays.", &[], &[]),
                false,
                false,
            ),
        ];
        for (a, b, matched, confirmed) in table {
            let found = same_claims(&[a.clone(), b.clone()], &t);
            assert_eq!(
                !found.is_empty(),
                *matched,
                "{} / {}: {found:?}",
                a.text,
                b.text
            );
            if let Some(m) = found.first() {
                assert_eq!(m.confirmed, *confirmed, "{} / {}: {m:?}", a.text, b.text);
            }
        }
    }
}
