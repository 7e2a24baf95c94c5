//! Same quantity: which figures are for the same thing, and which of those
//! cannot all be true (`RELATED.md` section 1).
//!
//! A [`Figure`] is a number mention with what it takes to compare it
//! without the document: its interval fields, its counted noun, and the
//! content terms of the clause around it. [`link`] decides one pair and
//! says why; [`group`] joins linked figures into groups (transitively) and
//! marks the pairs whose intervals do not overlap.

mod link;
mod nouns;

use claims::{Bound, Extraction, NumberKind, NumberMention};
use serde::{Deserialize, Serialize};

use crate::interval::Interval;
use crate::terms::Terms;

pub use link::{link, Link};
pub use nouns::{class_term, NounRelation};

/// A number mention with its context: enough to relate it to another
/// figure in any document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    /// The sentence it is in (byte span).
    pub sentence: [usize; 2],
    pub kind: NumberKind,
    pub bound: Bound,
    pub value: f64,
    pub high: Option<f64>,
    /// The counted noun's head, lower-cased.
    pub noun: Option<String>,
    /// Currency or unit as written (`$`, `£`, `km`), for money and measures.
    pub unit: Option<String>,
    /// Content terms of the clause around the figure, sorted, unique; the
    /// figure's own words and its noun left out.
    pub context: Vec<String>,
    /// The word each `context` term was written as (`Lockerbie` for
    /// `lockerbi`): what the analyst is shown.
    pub words: Vec<String>,
    /// Those of `context` written as names (a capital, not the sentence's
    /// first word): what makes two small figures the same (`Sweden 1 – 0
    /// Korea`).
    pub names: Vec<String>,
    /// The other number of the score line this figure is half of (`2` in
    /// `Tunisia 1 – 2 England`): two lines with the same numbers and a
    /// side in common give one result (`England winning 2 – 1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score_with: Option<f64>,
}

impl Figure {
    pub fn interval(&self) -> Interval {
        Interval::new(self.value, self.high, self.bound)
    }
}

/// How many content terms either side of a figure describe it.
const CONTEXT_TERMS: usize = 10;
/// How far either side of a figure its context is looked for, in bytes:
/// ten words fit many times over, and a figure in a 10 MB sentence costs
/// no more than one in a short one.
const CONTEXT_BYTES: usize = 200;
/// Each figure is compared with at most this many figures of the closest
/// values (many equal small counts would otherwise make grouping quadratic).
const CANDIDATES_PER_FIGURE: usize = 64;

/// Every figure of one document that can be compared (kind not `other`).
pub fn figures(text: &str, extraction: &Extraction, terms: &Terms) -> Vec<Figure> {
    let mut out = Vec::new();
    for s in &extraction.sentences {
        for (i, m) in s.numbers.iter().enumerate() {
            if m.kind == NumberKind::Other {
                continue;
            }
            let mut figure = figure(text, [s.start, s.end], m, terms);
            let before = i.checked_sub(1).and_then(|j| s.numbers.get(j));
            let after = s.numbers.get(i + 1);
            figure.score_with = before
                .filter(|b| is_score_line(text, b, m))
                .or_else(|| after.filter(|a| is_score_line(text, m, a)))
                .map(|other| other.value);
            out.push(figure);
        }
    }
    out
}

/// Whether `a` and `b` are the two sides of a score (`1 – 0`, `2-1`,
/// `3:2`): small whole counts of nothing named, joined by a dash or colon.
fn is_score_line(text: &str, a: &NumberMention, b: &NumberMention) -> bool {
    let side = |m: &NumberMention| {
        m.kind == NumberKind::Count
            && m.noun.is_none()
            && m.high.is_none()
            && m.value.fract() == 0.0
            && (0.0..100.0).contains(&m.value)
    };
    let joint = text.get(a.end..b.start).map(str::trim);
    side(a) && side(b) && matches!(joint, Some("-" | "\u{2013}" | "\u{2014}" | ":"))
}

fn figure(text: &str, sentence: [usize; 2], m: &NumberMention, terms: &Terms) -> Figure {
    let clause = clause_around(text, sentence, m.start, m.end);
    let words = |from: usize, to: usize| {
        let mut out = Vec::new();
        terms.each_word(&text[from..to], |t, w, capital| {
            out.push((t, w.to_string(), capital))
        });
        out
    };
    let mut before = words(clause[0], m.start);
    if clause[0] == sentence[0] {
        if let Some(first) = before.first_mut() {
            first.2 = false; // every sentence begins with a capital
        }
    }
    let after = words(m.end, clause[1]);
    let noun = m.noun.as_deref().map(|n| terms.of(n)).unwrap_or_default();
    let mut near: Vec<&(String, String, bool)> = before
        [before.len().saturating_sub(CONTEXT_TERMS)..]
        .iter()
        .chain(after.iter().take(CONTEXT_TERMS))
        .filter(|(t, _, _)| !noun.contains(t))
        .collect();
    near.sort_by(|a, b| a.0.cmp(&b.0).then(b.2.cmp(&a.2)));
    near.dedup_by(|a, b| a.0 == b.0);
    Figure {
        start: m.start,
        end: m.end,
        sentence,
        kind: m.kind,
        bound: m.bound,
        value: m.value,
        high: m.high,
        noun: m.noun.clone(),
        unit: unit_of(m),
        context: near.iter().map(|(t, _, _)| t.clone()).collect(),
        words: near.iter().map(|(_, w, _)| w.clone()).collect(),
        names: near
            .iter()
            .filter(|(_, _, c)| *c)
            .map(|(t, _, _)| t.clone())
            .collect(),
        score_with: None,
    }
}

/// The clause of the sentence that holds `[start, end)`: a semicolon, a
/// colon, a dash between spaces or a parenthesis ends a clause.
fn clause_around(text: &str, sentence: [usize; 2], start: usize, end: usize) -> [usize; 2] {
    const BREAKS: &[&str] = &[";", ":", " \u{2014} ", " -- ", "(", ")"];
    let sentence = [
        floor_boundary(text, start.saturating_sub(CONTEXT_BYTES).max(sentence[0])),
        ceil_boundary(text, (end + CONTEXT_BYTES).min(sentence[1])),
    ];
    let before = &text[sentence[0]..start];
    let after = &text[end..sentence[1]];
    let lo = BREAKS
        .iter()
        .filter_map(|b| before.rfind(b).map(|i| i + b.len()))
        .max()
        .map_or(sentence[0], |i| sentence[0] + i);
    let hi = BREAKS
        .iter()
        .filter_map(|b| after.find(b))
        .min()
        .map_or(sentence[1], |i| end + i);
    [lo, hi]
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Money: the currency sign or word; measures: the last word (the unit);
/// dates: the month, which a date's value (its year) leaves out, so that
/// `August 2007` is not `December of 2007`.
fn unit_of(m: &NumberMention) -> Option<String> {
    match m.kind {
        NumberKind::Date => month_of(&m.text),
        NumberKind::Money => {
            // A sign and its word are one currency (`$3bn`, `3 billion
            // dollars`), so the two compare.
            let t = m.text.to_lowercase();
            [
                "$", "£", "€", "¥", "dollar", "euro", "pound", "yen", "rupee", "yuan",
            ]
            .iter()
            .find(|c| t.contains(*c))
            .map(|c| canonical_unit(NumberKind::Money, c).to_string())
        }
        NumberKind::Measure => m
            .text
            .rsplit(|c: char| c.is_whitespace() || c.is_ascii_digit())
            .find(|w| !w.is_empty())
            .map(|unit| canonical_unit(NumberKind::Measure, &unit.to_lowercase()).to_string()),
        _ => None,
    }
}

/// A unit as one spelling: a currency's word as its sign (`3.7 billion
/// dollars` and `$3.7bn` compare), a measure's name as its symbol (`5 km`
/// and `5 kilometres`, `10 feet` and `10 ft`). Figures stored by an earlier
/// version hold the spelling they were written with: `link` compares
/// through this too.
pub(crate) fn canonical_unit(kind: NumberKind, written: &str) -> &str {
    if kind == NumberKind::Money {
        return match written {
            "dollar" => "$",
            "euro" => "€",
            "pound" => "£",
            "yen" => "¥",
            other => other,
        };
    }
    match written {
        "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "metre" | "metres" | "meter" | "meters" => "m",
        "centimetre" | "centimetres" | "centimeter" | "centimeters" => "cm",
        "mile" | "miles" => "mi",
        "foot" | "feet" => "ft",
        "inch" | "inches" => "in",
        "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "gram" | "grams" => "g",
        "pound" | "pounds" | "lbs" => "lb",
        "tonne" | "tonnes" | "ton" | "tons" => "t",
        "litre" | "litres" | "liter" | "liters" => "l",
        "hectare" | "hectares" => "ha",
        "acre" => "acres",
        other => other,
    }
}

/// The month a date names (`Sept. 5` -> `9`), if it names one.
fn month_of(text: &str) -> Option<String> {
    text.split(|c: char| !c.is_alphabetic())
        .find_map(claims::month_of_word)
        .map(|month| month.to_string())
}

/// Figures joined into groups of the same quantity.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// Indexes into the figures given to [`group`], in that order.
    pub members: Vec<usize>,
    /// Pairs of positions in `members` whose intervals do not overlap.
    pub conflicts: Vec<[usize; 2]>,
    /// The links that made the group: positions in `members`, and why.
    pub links: Vec<(usize, usize, Link)>,
}

/// Groups of figures (each given with the document it is in) that are
/// pairwise the same quantity, linked transitively; figures with no partner
/// are in no group.
///
/// Links are applied strongest first (the same figure before rival
/// figures), and never so that one group holds two figures of one
/// sentence: a sentence that gives `270 fatalities, including all 259
/// occupants` says they are two quantities.
pub fn group(figures: &[(usize, &Figure)]) -> Vec<Group> {
    let same_sentence = |i: usize, j: usize| {
        figures[i].0 == figures[j].0 && figures[i].1.sentence == figures[j].1.sentence
    };
    let mut found: Vec<(usize, usize, Link)> = candidate_pairs(figures)
        .into_iter()
        .filter(|&(i, j)| !same_sentence(i, j))
        .filter_map(|(i, j)| link(figures[i].1, figures[j].1).map(|l| (i, j, l)))
        .collect();
    found.sort_by_key(|(i, j, l)| (!l.same_value, std::cmp::Reverse(l.shared.len()), *i, *j));
    let sentence = |i: usize| (figures[i].0, figures[i].1.sentence);
    let mut parent: Vec<usize> = (0..figures.len()).collect();
    let mut sentences: Vec<Vec<(usize, [usize; 2])>> =
        (0..figures.len()).map(|i| vec![sentence(i)]).collect();
    let mut links = Vec::new();
    for (i, j, l) in found {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri != rj {
            if sentences[ri].iter().any(|s| sentences[rj].contains(s)) {
                continue;
            }
            let (keep, gone) = (ri.min(rj), ri.max(rj));
            let moved = std::mem::take(&mut sentences[gone]);
            sentences[keep].extend(moved);
            parent[gone] = keep;
        }
        links.push((i, j, l));
    }
    collect_groups(figures, &mut parent, links)
}

/// Pairs worth deciding: the same kind, and values within a factor of two
/// (a linked pair is always that close).
fn candidate_pairs(figures: &[(usize, &Figure)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..figures.len()).collect();
    let key = |i: usize| (figures[i].1.kind as u8, figures[i].1.value);
    order.sort_by(|&a, &b| {
        key(a)
            .partial_cmp(&key(b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut pairs = Vec::new();
    for (n, &i) in order.iter().enumerate() {
        let (ki, vi) = key(i);
        for &j in order[n + 1..].iter().take(CANDIDATES_PER_FIGURE) {
            let (kj, vj) = key(j);
            if kj != ki || vj.abs() > 2.0 * vi.abs().max(f64::MIN_POSITIVE) + 1.0 {
                break;
            }
            pairs.push((i.min(j), i.max(j)));
        }
    }
    pairs.sort_unstable();
    pairs
}

fn find(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

fn collect_groups(
    figures: &[(usize, &Figure)],
    parent: &mut [usize],
    links: Vec<(usize, usize, Link)>,
) -> Vec<Group> {
    let mut groups: Vec<Group> = members_by_root(parent)
        .into_iter()
        .map(|members| Group {
            conflicts: conflicts(figures, &members),
            members,
            links: Vec::new(),
        })
        .collect();
    for (i, j, l) in links {
        let root = find(parent, i);
        if let Some(g) = groups
            .iter_mut()
            .find(|g| find(parent, g.members[0]) == root)
        {
            let pos = |x| g.members.iter().position(|&m| m == x).unwrap_or(0);
            let (pi, pj) = (pos(i), pos(j));
            g.links.push((pi, pj, l));
        }
    }
    groups
}

/// Pairs of a group whose intervals do not overlap.
fn conflicts(figures: &[(usize, &Figure)], members: &[usize]) -> Vec<[usize; 2]> {
    let group: Vec<&Figure> = members.iter().map(|&i| figures[i].1).collect();
    conflicting_pairs(&group)
}

/// Pairs of positions in `figures` whose intervals do not overlap: the
/// figures of one quantity that cannot all be true.
pub fn conflicting_pairs(figures: &[&Figure]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    for (x, a) in figures.iter().enumerate() {
        for (y, b) in figures.iter().enumerate().skip(x + 1) {
            if !a.interval().overlaps(&b.interval()) {
                out.push([x, y]);
            }
        }
    }
    out
}

/// The sets of at least two of `n` items that `pairs` join, directly or
/// through others: each in index order, the sets in order of their first.
pub fn components(n: usize, pairs: impl IntoIterator<Item = (usize, usize)>) -> Vec<Vec<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    for (a, b) in pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        parent[ra.max(rb)] = ra.min(rb);
    }
    members_by_root(&mut parent)
}

/// The members of each tree of `parent` with more than one, by root.
fn members_by_root(parent: &mut [usize]) -> Vec<Vec<usize>> {
    let mut by_root: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for i in 0..parent.len() {
        let root = find(parent, i);
        by_root.entry(root).or_default().push(i);
    }
    by_root.into_values().filter(|m| m.len() > 1).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The figures of `text` as the engine finds them.
    fn figures_of(text: &str) -> Vec<Figure> {
        figures(text, &claims::extract(text), &Terms::default())
    }

    /// Whether the figure written `a` in `first` and the one written `b`
    /// in `second` are linked.
    fn linked(first: &str, a: &str, second: &str, b: &str) -> bool {
        let pick = |text: &str, written: &str| {
            figures_of(text)
                .into_iter()
                .find(|f| &text[f.start..f.end] == written)
                .unwrap_or_else(|| panic!("no figure {written:?} in {text:?}"))
        };
        link(&pick(first, a), &pick(second, b)).is_some()
    }

    /// Each row: the figure written `a` in `first` and the one written `b`
    /// in `second` are linked (or not), whichever is asked first.
    fn assert_links(table: &[(&str, &str, &str, &str, bool)]) {
        for &(first, a, second, b, want) in table {
            assert_eq!(linked(first, a, second, b), want, "{first} / {second}");
            assert_eq!(
                linked(second, b, first, a),
                want,
                "symmetric: {second} / {first}"
            );
        }
    }

    #[test]
    fn a_currency_sign_and_its_word_are_one_unit() {
        let table = [
            (
                "The border wall will cost $3.7bn, the ministry said.",
                "$3.7bn",
                "The ministry put the border wall at 3.7 billion dollars.",
                "3.7 billion dollars",
                true,
            ),
            (
                "The border wall will cost $3.7bn, the ministry said.",
                "$3.7bn",
                "The ministry put the border wall at 3.7 billion euros.",
                "3.7 billion euros",
                false,
            ),
        ];
        assert_links(&table);
    }

    #[test]
    fn a_figure_stored_with_a_currency_word_compares_with_its_sign() {
        let text = "The border wall will cost $3.7bn, the ministry said.";
        let new = figures_of(text).remove(0);
        let mut stored = new.clone();
        stored.unit = Some("dollar".into());
        assert!(link(&stored, &new).is_some());
        stored.unit = Some("euro".into());
        assert!(link(&stored, &new).is_none());
    }

    #[test]
    fn a_unit_spelt_two_ways_is_one_unit() {
        let table = [
            (
                "The new tower at Heathrow is 1,250 feet tall.",
                "1,250 feet",
                "The Heathrow tower stands 1,250 ft tall.",
                "1,250 ft",
                true,
            ),
            (
                "The new tower at Heathrow is 1,250 feet tall.",
                "1,250 feet",
                "The Heathrow tower stands 1,250 metres tall.",
                "1,250 metres",
                false,
            ),
        ];
        assert_links(&table);
    }

    #[test]
    fn dates_of_one_year_link_only_in_the_same_month() {
        let table = [
            (
                "The army left Basra in December of 2007.",
                "December of 2007",
                "The army left Basra in Dec. 2007.",
                "Dec. 2007",
                true,
            ),
            (
                "The army left Basra in December of 2007.",
                "December of 2007",
                "The truce in Basra was declared in August 2007.",
                "August 2007",
                false,
            ),
        ];
        assert_links(&table);
    }

    #[test]
    fn a_score_line_knows_its_other_number() {
        let table = [
            (
                "Sweden beat South Korea 1 – 0 on Monday.",
                vec![Some(0.0), Some(1.0)],
            ),
            ("Tunisia lost 1 – 2 to England.", vec![Some(2.0), Some(1.0)]),
            ("Arsenal won 2-1 at home.", vec![Some(1.0), Some(2.0)]),
            (
                "The final ended 3 \u{2014} 3 after extra time.",
                vec![Some(3.0), Some(3.0)],
            ),
            ("Some 10,000 – 12,000 troops were sent.", vec![None]),
            (
                "In 1950-53, he scored 4 of 5 and 2, 3 later.",
                vec![None, None, None, None, None],
            ),
        ];
        for (text, want) in table {
            let got: Vec<Option<f64>> = figures_of(text).iter().map(|f| f.score_with).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn one_result_told_twice_links_whichever_side_comes_first() {
        let table = [
            // One side named in one line: the numbers decide, either order.
            (
                "Tunisia lost 1 – 2 to England on Monday.",
                "2",
                "The match ended with England winning 2 – 1.",
                "2",
                true,
            ),
            (
                "Tunisia lost 1 – 2 to England on Monday.",
                "1",
                "The match ended with England winning 2 – 1.",
                "1",
                true,
            ),
            (
                "In Group G, Tunisia 1 – 2 England.",
                "2",
                "The match ended with England winning 2 – 1.",
                "2",
                true,
            ),
            // Another result, or no side in common.
            (
                "Tunisia lost 1 – 2 to England on Monday.",
                "2",
                "The match ended with England winning 2 – 0.",
                "2",
                false,
            ),
            (
                "The first half ended 1 – 1 in Volgograd.",
                "1",
                "Later Belgium drew 1 – 1 with Panama.",
                "1",
                false,
            ),
            // Each line names two sides of its own: one in common is another match.
            (
                "In Leeds, Arsenal beat Chelsea 2 – 1.",
                "2",
                "In Leeds, Liverpool beat Everton 2 – 1.",
                "2",
                false,
            ),
        ];
        assert_links(&table);
    }
}
