//! Exclusions: numbers that are not figures (list markers, identifiers,
//! times of day, parts of names).

use super::*;

/// Whether a candidate is not a number mention at all: parts of names and
/// codes (`G7`, `COVID-19`, `Boeing 737`, `Article 5`, `World Cup 2018`),
/// phone numbers, page numbers.
pub(super) fn is_excluded(toks: &[Token<'_>], c: &Core) -> bool {
    let first = &toks[c.first];
    let prev = c.first.checked_sub(1).map(|p| &toks[p]);
    if c.digits && !first.space_before {
        if let Some(p) = prev {
            // `G7`, `A380`, `H.R.1424`
            if p.is_word() || p.is_punct('.') && c.first >= 2 && toks[c.first - 2].is_word() {
                return true;
            }
            // `COVID-19`, `STS-135`, `RI-1`, but `mid-2000s`, `pre-2008`
            if p.is_punct('-') && c.first >= 2 && !p.space_before {
                let w = &toks[c.first - 2];
                if (w.is_word() || w.is_num())
                    && !matches!(
                        w.lower,
                        "mid" | "pre" | "post" | "early" | "late" | "over" | "under"
                    )
                {
                    return true;
                }
            }
        }
    }
    if c.digits {
        // A following `-NN` or `.NN` group that is not a range: phone numbers, codes.
        if let (Some(d), Some(n)) = (toks.get(c.last + 1), toks.get(c.last + 2)) {
            if (d.is_punct('-') || d.is_punct('.'))
                && !d.space_before
                && !n.space_before
                && n.is_num()
            {
                return true;
            }
            // `737-800`
            if d.is_punct('-')
                && !d.space_before
                && n.is_word()
                && !n.space_before
                && n.text.chars().all(char::is_uppercase)
            {
                return true;
            }
        }
        // Attached letters after a number that is not a unit: `3D`, `5G`.
        if let Some(n) = toks.get(c.last + 1) {
            if !n.space_before && n.is_word() {
                return true;
            }
        }
    }
    if let Some(p) = prev {
        // `Article 5`, `pp. 110-255`, `No. 10`, `day five`
        let ident = |t: &Token<'_>| t.has(lexicon::IDENTIFIER_HEAD);
        let head = if p.is_punct('.') {
            c.first.checked_sub(2).map(|q| &toks[q])
        } else {
            Some(p)
        };
        let plain_first =
            int_of(first).is_some() && matches!(c.kind, NumberKind::Count | NumberKind::Year);
        if plain_first
            || !c.digits && c.kind == NumberKind::Count && c.high.is_none() && c.first == c.last
        {
            if let Some(h) = head.filter(|h| h.is_word()) {
                if ident(h) && !(h.lower == "no" && !p.is_punct('.') && !h.is_capitalized()) {
                    return true;
                }
            }
        }
        // `Boeing 737`, `Vostok 1`, `World Cup 2018`: a capitalised word right
        // before a bare number, unless it starts the sentence or is a month.
        // A possessive is not a name's part: `the BoE's 2% target`.
        if int_of(first).is_some()
            && c.kind != NumberKind::Date
            && p.is_capitalized()
            && c.first >= 2
            && !p.has(lexicon::MONTH)
            && !p.has(lexicon::FUNCTION_WORD)
            && !p.is_possessive()
        {
            return true;
        }
        // `the 747,` : a bare number after `the` that counts nothing.
        if c.bare_int && p.lower == "the" && c.kind == NumberKind::Count {
            let next = toks.get(c.last + 1);
            if next.is_none_or(|n| n.kind == Kind::Punct || n.is_capitalized()) {
                return true;
            }
        }
        // `the 2018 FIFA World Cup`
        if c.kind == NumberKind::Year
            && c.high.is_none()
            && p.lower == "the"
            && toks.get(c.last + 1).is_some_and(|n| n.is_capitalized())
        {
            return true;
        }
        // `Act of 2008`, `Class of 2020`
        if c.kind == NumberKind::Year
            && p.lower == "of"
            && c.first >= 2
            && toks[c.first - 2].is_capitalized()
            && !toks[c.first - 2].has(lexicon::MONTH)
            && c.first >= 3
        {
            return true;
        }
    }
    false
}
