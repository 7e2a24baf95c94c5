//! Counted nouns that name the same kind of thing.
//!
//! News gives one figure under several nouns: `259 people on board` and
//! `259 of the airplane's occupants`; `11,000 soldiers` and `10,000
//! troops`. The classes below are closed news-style vocabularies (people,
//! the dead, armed forces, money), not words of any article; any other
//! pair of different nouns is a different thing.

use serde::{Deserialize, Serialize};

/// How the counted nouns of two figures relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NounRelation {
    /// The same noun (`troops` / `troop`).
    Same,
    /// Nouns of one class (`soldiers` / `troops`, `people` / `occupants`).
    Kin,
    /// One or both figures count no named noun.
    Unknown,
    /// Different things (`soldiers` / `shells`).
    Different,
}

/// A class of nouns; `people` words are kin to every person class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    People,
    Dead,
    Armed,
    Money,
}

/// (word, class): lower-cased, singular and plural both listed so no
/// stemmer is needed here.
const CLASSES: &[(&str, Class)] = &[
    ("people", Class::People),
    ("person", Class::People),
    ("persons", Class::People),
    ("individual", Class::People),
    ("individuals", Class::People),
    ("resident", Class::People),
    ("residents", Class::People),
    ("inhabitant", Class::People),
    ("inhabitants", Class::People),
    ("citizen", Class::People),
    ("citizens", Class::People),
    ("civilian", Class::People),
    ("civilians", Class::People),
    ("occupant", Class::People),
    ("occupants", Class::People),
    ("passenger", Class::People),
    ("passengers", Class::People),
    ("adult", Class::People),
    ("adults", Class::People),
    ("men", Class::People),
    ("women", Class::People),
    ("dead", Class::Dead),
    ("death", Class::Dead),
    ("deaths", Class::Dead),
    ("fatality", Class::Dead),
    ("fatalities", Class::Dead),
    ("victim", Class::Dead),
    ("victims", Class::Dead),
    ("casualty", Class::Dead),
    ("casualties", Class::Dead),
    ("lives", Class::Dead),
    ("souls", Class::Dead),
    ("bodies", Class::Dead),
    ("soldier", Class::Armed),
    ("soldiers", Class::Armed),
    ("troop", Class::Armed),
    ("troops", Class::Armed),
    ("force", Class::Armed),
    ("forces", Class::Armed),
    ("fighter", Class::Armed),
    ("fighters", Class::Armed),
    ("personnel", Class::Armed),
    ("serviceman", Class::Armed),
    ("servicemen", Class::Armed),
    ("servicemembers", Class::Armed),
    ("dollar", Class::Money),
    ("dollars", Class::Money),
    ("euro", Class::Money),
    ("euros", Class::Money),
    ("pound", Class::Money),
    ("pounds", Class::Money),
];

fn class_of(noun: &str) -> Option<Class> {
    CLASSES.iter().find(|(w, _)| *w == noun).map(|&(_, c)| c)
}

/// One term for every noun of a class (`soldiers`, `troops` -> `#armed`),
/// so that two wordings of one claim share it; `None` for other words.
pub fn class_term(word: &str) -> Option<&'static str> {
    class_of(word).map(|c| match c {
        Class::People => "#people",
        Class::Dead => "#dead",
        Class::Armed => "#armed",
        Class::Money => "#money",
    })
}

/// A crude singular: enough to see `troop` and `troops` as one noun.
fn singular(noun: &str) -> &str {
    noun.strip_suffix("es")
        .filter(|s| s.ends_with(['s', 'x', 'z']) || s.ends_with("ch") || s.ends_with("sh"))
        .or_else(|| noun.strip_suffix('s').filter(|s| !s.ends_with('s')))
        .unwrap_or(noun)
}

/// How two counted nouns (lower-cased head words) relate.
pub fn relate(a: Option<&str>, b: Option<&str>) -> NounRelation {
    let (Some(a), Some(b)) = (a, b) else {
        return NounRelation::Unknown;
    };
    if singular(a) == singular(b) {
        return NounRelation::Same;
    }
    let people_like = |c| matches!(c, Class::People | Class::Dead | Class::Armed);
    match (class_of(a), class_of(b)) {
        (Some(x), Some(y)) if x == y => NounRelation::Kin,
        // The dead and soldiers are people too: `270 people` / `270 souls`.
        (Some(Class::People), Some(y)) | (Some(y), Some(Class::People)) if people_like(y) => {
            NounRelation::Kin
        }
        _ => NounRelation::Different,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use NounRelation::*;

    #[test]
    fn noun_relations_read_like_news() {
        let table = [
            (Some("troops"), Some("troop"), Same),
            (Some("boxes"), Some("box"), Same),
            (Some("soldiers"), Some("troops"), Kin),
            (Some("people"), Some("occupants"), Kin),
            (Some("souls"), Some("fatalities"), Kin),
            (Some("people"), Some("souls"), Kin),
            (Some("soldiers"), Some("shells"), Different),
            (Some("fatalities"), Some("troops"), Different),
            (None, Some("ultimatum"), Unknown),
            (None, None, Unknown),
        ];
        for (a, b, want) in table {
            assert_eq!(relate(a, b), want, "{a:?} / {b:?}");
            assert_eq!(relate(b, a), want, "symmetric: {b:?} / {a:?}");
        }
    }
}
