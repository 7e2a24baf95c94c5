//! Exclusions: numbers that are not figures (list markers, identifiers,
//! times of day, parts of names).

use super::*;

/// Whether a candidate is not a number mention at all: parts of names and
/// codes (`G7`, `COVID-19`, `Boeing 737`, `Article 5`, `World Cup 2018`),
/// phone numbers, page numbers.
pub(super) fn is_excluded(toks: &[Token<'_>], c: &Core) -> bool {
    let prev = c.first.checked_sub(1).map(|p| &toks[p]);
    (c.digits && part_of_code(toks, c, prev)) || prev.is_some_and(|p| part_of_name(toks, c, p))
}

/// Digits glued to letters or other digit groups: `G7`, `COVID-19`,
/// `737-800`, `3D`, phone numbers.
fn part_of_code(toks: &[Token<'_>], c: &Core, prev: Option<&Token<'_>>) -> bool {
    // Ten digits or more with no group separators and no unit: an
    // identifier (a post's, an account's, a timestamp), not a figure,
    // which would be grouped or scaled (`1,200,000,000`, `1.2 billion`).
    let digits = &toks[c.first].text;
    if c.first == c.last && digits.len() >= 10 && digits.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    if let Some(p) = prev.filter(|_| !toks[c.first].space_before) {
        // `G7`, `A380`, `H.R.1424`; a path in an address (`twitter.com/0KJ8y`)
        let after_word =
            |p: &Token<'_>| c.first >= 2 && toks[c.first - 2].is_word() && !p.space_before;
        if p.is_word() || (p.is_punct('.') || p.is_punct('/')) && after_word(p) {
            return true;
        }
        // `23:1` after a name: a reference's second part (`Psalm 23:1`);
        // `24/7`: an idiom's.
        if (p.is_punct(':') || p.is_punct('/'))
            && c.first >= 2
            && toks[c.first - 2].is_num()
            && !p.space_before
        {
            return true;
        }
        // `COVID-19`, `STS-135`, `RI-1`, but `mid-2000s`, `pre-2008`
        if p.is_punct('-') && c.first >= 2 && !p.space_before {
            let w = &toks[c.first - 2];
            if (w.is_word() || w.is_num()) && !w.has(lexicon::NUMBER_PREFIX) {
                return true;
            }
        }
    }
    let glued = |t: &Token<'_>| !t.space_before;
    if let (Some(d), Some(n)) = (toks.get(c.last + 1), toks.get(c.last + 2)) {
        // A following `-NN` or `.NN` group that is not a range: phone numbers, codes.
        if (d.is_punct('-') || d.is_punct('.')) && glued(d) && glued(n) && n.is_num() {
            return true;
        }
        // `737-800`
        if d.is_punct('-')
            && glued(d)
            && n.is_word()
            && glued(n)
            && n.text.chars().all(char::is_uppercase)
        {
            return true;
        }
    }
    // Attached letters after a number that is not a unit: `3D`, `5G`.
    toks.get(c.last + 1)
        .is_some_and(|n| glued(n) && n.is_word())
}

/// A number that is part of a name or an identifier: `Article 5`, `No. 10`,
/// `Boeing 737`, `the 747,`, `the 2018 FIFA World Cup`, `Act of 2008`.
fn part_of_name(toks: &[Token<'_>], c: &Core, p: &Token<'_>) -> bool {
    let first = &toks[c.first];
    let bare = int_of(first).is_some();
    if identifier_number(toks, c, p) {
        return true;
    }
    // `Boeing 737`, `Vostok 1`, `World Cup 2018`: a capitalised word right
    // before a bare number, unless it starts the sentence or is a month.
    // A possessive is not a name's part: `the BoE's 2% target`; nor is a
    // figure with a unit (`Trump 45%, Clinton 40%`, `gave Smith 5 years`).
    let name_word = p.is_capitalized()
        && !p.has(lexicon::MONTH)
        && !p.has(lexicon::FUNCTION_WORD)
        && !p.is_possessive();
    let named = bare && c.kind != NumberKind::Date && c.first >= 2 && name_word;
    if named && !has_own_unit(toks, c) && !opens_tally(toks, c) {
        return true;
    }
    // `the 747,` : a bare number after `the` that counts nothing (`the
    // 300-page report` opens a compound).
    let next = toks.get(c.last + 1);
    let compound = next.is_some_and(|n| n.is_punct('-') && !n.space_before);
    if c.bare_int
        && p.lower == "the"
        && c.kind == NumberKind::Count
        && !compound
        && next.is_none_or(|n| n.kind == Kind::Punct || n.is_capitalized())
    {
        return true;
    }
    // `the 2018 FIFA World Cup`
    let year = c.kind == NumberKind::Year;
    if year && c.high.is_none() && p.lower == "the" && next.is_some_and(|n| n.is_capitalized()) {
        return true;
    }
    // `Act of 2008`, `Class of 2020`
    year && p.lower == "of"
        && c.first >= 3
        && toks[c.first - 2].is_capitalized()
        && !toks[c.first - 2].has(lexicon::MONTH)
}

/// A figure with its own unit, which the number in a name never has:
/// a percentage, money, a measure, an ordinal, a scale (`gave Iran 150
/// billion`), a plural span of time (`30 years`; `World Cup 2018 day
/// five` is no span of 2018 days). A compound (`United States 10-year
/// Treasury note`) is part of the name.
fn has_own_unit(toks: &[Token<'_>], c: &Core) -> bool {
    let compound = toks
        .get(c.first + 1)
        .is_some_and(|h| h.is_punct('-') && !h.space_before);
    let unit = match c.kind {
        NumberKind::Percent | NumberKind::Money | NumberKind::Measure | NumberKind::Ordinal => true,
        NumberKind::Duration => toks[c.last].lower.ends_with('s'),
        NumberKind::Count => c.last > c.first && word_scale(&toks[c.last]).is_some(),
        _ => false,
    };
    unit && !compound
}

/// `68 to 32`: a vote or a score, the larger count first (a range rises),
/// after a name that cast it (`the Senate 68 to 32`).
fn opens_tally(toks: &[Token<'_>], c: &Core) -> bool {
    let second = toks
        .get(c.last + 1)
        .filter(|t| t.lower == "to")
        .and_then(|_| toks.get(c.last + 2))
        .and_then(int_of);
    second.is_some_and(|m| f64::from(m) <= c.value)
}

/// `Article 5`, `pp. 110-255`, `No. 10`, `day five`: a plain number after an
/// identifier's head word (but `no 10 people` is a quantity).
fn identifier_number(toks: &[Token<'_>], c: &Core, p: &Token<'_>) -> bool {
    let plain_first =
        int_of(&toks[c.first]).is_some() && matches!(c.kind, NumberKind::Count | NumberKind::Year);
    let single_word =
        !c.digits && c.kind == NumberKind::Count && c.high.is_none() && c.first == c.last;
    if !(plain_first || single_word) {
        return false;
    }
    let head = if p.is_punct('.') {
        c.first.checked_sub(2).map(|q| &toks[q])
    } else {
        Some(p)
    };
    head.filter(|h| h.is_word()).is_some_and(|h| {
        h.has(lexicon::IDENTIFIER_HEAD)
            && !(h.lower == "no" && !p.is_punct('.') && !h.is_capitalized())
    })
}
