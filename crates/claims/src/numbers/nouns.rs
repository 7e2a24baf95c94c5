//! The counted noun: what a number counts (`11,000 soldiers`, `$3bn of aid`).

use super::*;

/// The head of the counted noun: `some 11,000 North Korean soldiers` ->
/// `soldiers`; through `of` (`half of all children`); for money through `in`.
pub(super) fn counted_noun(toks: &[Token<'_>], c: &Core) -> Option<String> {
    match c.kind {
        NumberKind::Year | NumberKind::Date => return None,
        // A clock time counts nothing.
        NumberKind::Other if toks.get(c.first + 1).is_some_and(|t| t.is_punct(':')) => return None,
        NumberKind::Duration => {
            // Only a compound names what it measures: `11-year lull`,
            // `34-year-old shopkeeper`.
            let compound = c.last > 0 && toks[c.last - 1].is_punct('-');
            let names_it = toks.get(c.last).is_some_and(|t| {
                t.lower == "old" || t.has(lexicon::TIME_UNIT) && !t.lower.ends_with('s')
            });
            if !(compound && names_it) {
                return None;
            }
        }
        _ => {}
    }
    if c.kind == NumberKind::Measure {
        // For a measure, the attribute: `6.3-magnitude`, `magnitude 6.3`, `a depth of 10km`.
        if let Some(m) = toks[c.first..=c.last]
            .iter()
            .chain(c.first.checked_sub(1).map(|p| &toks[p]))
            .find(|t| t.lower == "magnitude")
        {
            return Some(m.lower.to_string());
        }
        if c.first >= 2
            && toks[c.first - 1].lower == "of"
            && toks[c.first - 2].is_lowercase_word()
            && !toks[c.first - 2].has(lexicon::FUNCTION_WORD)
        {
            return Some(toks[c.first - 2].lower.to_string());
        }
    }
    let mut j = c.last + 1;
    // `rose 7.8% year-on-year`: an adverb, not a noun.
    if toks.get(j).is_some_and(|t| t.has(lexicon::TIME_UNIT))
        && toks
            .get(j + 1)
            .is_some_and(|h| h.is_punct('-') && !h.space_before)
    {
        return None;
    }
    // `six-member crew`: the noun is inside the compound.
    if let (Some(h), Some(w)) = (toks.get(j), toks.get(j + 1)) {
        if h.is_punct('-')
            && !h.space_before
            && !w.space_before
            && w.is_word()
            && c.kind == NumberKind::Count
        {
            return Some(w.lower.to_string());
        }
    }
    let via = |t: Option<&Token<'_>>| {
        t.is_some_and(|t| t.lower == "of" || t.lower == "in" && c.kind == NumberKind::Money)
    };
    if via(toks.get(j)) {
        // `$1,300 in the United States`: a place, not what the money buys.
        if c.kind == NumberKind::Money && toks.get(j).is_some_and(|t| t.lower == "in") {
            // (`in Hollywood tax incentives` is what it buys: a name that
            // modifies a noun.)
            let mut k = if toks.get(j + 1).is_some_and(|t| t.lower == "the") {
                j + 2
            } else {
                j + 1
            };
            let named = toks.get(k).is_some_and(|t| t.is_capitalized());
            while toks
                .get(k)
                .is_some_and(|t| t.is_capitalized() || t.is_punct('.') && !t.space_before)
            {
                k += 1;
            }
            if named
                && toks
                    .get(k)
                    .is_none_or(|t| !t.is_lowercase_word() || t.has(lexicon::FUNCTION_WORD))
            {
                return None;
            }
        }
        j += 1;
        while toks.get(j).is_some_and(|t| {
            matches!(
                t.lower,
                "the" | "all" | "these" | "those" | "its" | "their" | "his" | "her" | "our"
            )
        }) {
            j += 1;
        }
    }
    let mut head: Option<&Token<'_>> = None;
    let mut count = 0;
    while let Some(t) = toks.get(j) {
        if t.kind != Kind::Word {
            // Hyphenated compounds stay together: `front-line troops`.
            if t.is_punct('-')
                && !t.space_before
                && toks
                    .get(j + 1)
                    .is_some_and(|n| !n.space_before && n.is_word())
            {
                j += 1;
                continue;
            }
            break;
        }
        if t.has(lexicon::FUNCTION_WORD)
            || t.has(lexicon::MONTH) && t.is_capitalized()
            || t.has(lexicon::WEEKDAY)
        {
            break;
        }
        // An initial or abbreviation (`the 1st U.S. Circuit`, `0.6% q/q`) is not a noun.
        if t.text.len() == 1
            && toks
                .get(j + 1)
                .is_some_and(|n| (n.is_punct('.') || n.is_punct('/')) && !n.space_before)
        {
            break;
        }
        // `0.3% next year`: a time expression follows, not a counted noun.
        if matches!(t.lower, "next" | "last" | "this" | "each" | "every" | "per") {
            break;
        }
        // `80% of the city's roads`: a possessive is a determiner here.
        if t.is_possessive() && toks.get(j + 1).is_some_and(|n| n.is_word()) {
            j += 1;
            continue;
        }
        let participle = t.lower.ends_with("ing") || t.lower.ends_with("ed");
        if participle && count > 0 {
            // `$550 billion in new federal spending over five years`: a
            // noun in -ing ends the phrase; `troops guarding the border` is
            // a clause.
            let ends_phrase = toks
                .get(j + 1)
                .is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD));
            if t.lower.ends_with("ing") && ends_phrase {
                head = Some(t);
            }
            break;
        }
        // `the 62nd minute Kim Min-Woo`: a name starts a new phrase.
        if t.is_capitalized()
            && head.is_some_and(|h| {
                h.is_lowercase_word() && !h.lower.ends_with("ed") && !h.lower.ends_with("ing")
            })
        {
            break;
        }
        if participle && count == 0 {
            // `three remaining orbiters` vs `seven died`: keep going only if a noun follows.
            if !toks
                .get(j + 1)
                .is_some_and(|n| n.is_word() && !n.has(lexicon::FUNCTION_WORD))
            {
                break;
            }
        }
        head = Some(t);
        count += 1;
        j += 1;
        if is_plural_noun(t.lower) || count >= 5 {
            break;
        }
    }
    head.map(|t| t.lower.to_lowercase())
}

pub(super) fn is_plural_noun(w: &str) -> bool {
    lexicon::is_irregular_plural(w)
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
}
