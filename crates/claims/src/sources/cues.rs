//! Cues: the words and phrases that attribute (`said`, `according to`,
//! `issued a statement`), whether a cue word is a verb here, and the sources
//! to the right of a cue (inversions, `according to X`, `citing X`).

use super::*;

pub(super) fn lower_at<'a>(toks: &[Token<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower)
}

pub(super) const CUE_ANY: u32 = lexicon::CUE_SPEECH
    | lexicon::CUE_BELIEF
    | lexicon::CUE_EVIDENCE
    | lexicon::CUE_ADDITION
    | lexicon::CUE_CALLED;

/// Look for an attribution starting at token `i`; returns where to go on.
pub(super) fn find_at(
    toks: &[Token<'_>],
    i: usize,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> usize {
    let t = &toks[i];
    if !t.is_word() {
        return i + 1;
    }
    let next = lower_at(toks, i + 1);
    // `according to X`, `as per X`
    if (t.lower == "according" && next == "to") || (t.lower == "as" && next == "per") {
        let cue = if t.lower == "as" {
            "as per"
        } else {
            "according to"
        };
        let trailing_ok = true;
        let before = found.len();
        right_sources(toks, i + 2, cue, i, false, found);
        if trailing_ok && found.len() > before {
            let last = found.last().map_or(i, |f| f.last);
            if at_clause_end(toks, last + 1) && i > 0 {
                for f in &mut found[before..] {
                    f.trailing = true;
                }
            }
        }
        return i + 2;
    }
    // `In the NYT report, ...`: a named document as the frame of the sentence.
    if i == 0 && t.lower == "in" {
        if let Some((a, b)) = np_right(toks, 1, toks.len()) {
            let has_name = toks[a..=b].iter().any(|x| x.is_capitalized());
            if has_name && toks[b].has(lexicon::DOCUMENT_NOUN) && toks[b].lower != "statement" {
                found.push(Found {
                    first: a,
                    last: b,
                    cue: "in".into(),
                    cue_tok: 0,
                    pronoun: false,
                    frames: true,
                    trailing: false,
                });
                return b + 1;
            }
        }
    }
    // `Russia's defence ministry, quoted by the TASS news agency, said`:
    // the agent relays the speaker; the speaker is found at the main verb.
    if matches!(t.lower, "quoted" | "cited") && i > 0 && toks[i - 1].is_punct(',') && next == "by" {
        let before = found.len();
        right_sources(toks, i + 2, t.lower, i, false, found);
        return found
            .last()
            .filter(|_| found.len() > before)
            .map_or(i + 2, |f| f.last + 1);
    }
    // `issued a statement`, `offered his explanation`
    if matches!(
        t.lower,
        "issued" | "released" | "offered" | "gave" | "made" | "published" | "delivered"
    ) && matches!(next, "a" | "an" | "his" | "her" | "their" | "its" | "the")
        && matches!(
            lower_at(toks, i + 2),
            "statement"
                | "explanation"
                | "assessment"
                | "estimate"
                | "warning"
                | "comment"
                | "account"
                | "response"
                | "verdict"
                | "analysis"
        )
    {
        if let Some(f) = subject_left(toks, i, quotes) {
            let cue = toks[i..=i + 2]
                .iter()
                .map(|x| x.lower)
                .collect::<Vec<_>>()
                .join(" ");
            found.push(Found {
                cue,
                cue_tok: i,
                frames: true,
                trailing: false,
                ..f
            });
        }
        return i + 3;
    }
    if !t.has(CUE_ANY) {
        return i + 1;
    }
    let Some(class) = lexicon::cue_class(t.lower) else {
        return i + 1;
    };
    if t.is_capitalized() && i > 0 {
        return i + 1;
    }
    let prev = if i > 0 { toks[i - 1].lower } else { "" };
    // A noun or adjective, not a verb: `the report`, `his claims`, `so-called`,
    // `its full-year forecast`, `a previous estimate`.
    if !matches!(t.lower, "said" | "told")
        && (matches!(prev, "that" | "some" | "many" | "of" | "to") || heads_determined_np(toks, i))
    {
        return i + 1;
    }
    if t.lower == "called" && i >= 2 && toks[i - 1].is_punct('-') && toks[i - 2].lower == "so" {
        return i + 1;
    }
    // Agentless passive is not attribution (`no damage was reported`); with an
    // agent it is (`it is noted on the Congressional Website that`).
    if matches!(
        prev,
        "is" | "was" | "were" | "are" | "been" | "being" | "be"
    ) {
        if matches!(next, "by" | "on" | "in") {
            if let Some((a, b)) = np_right(toks, i + 2, toks.len()) {
                if toks[a..=b].iter().any(|x| x.is_capitalized()) && !is_time_np(toks, a, b) {
                    found.push(Found {
                        first: a,
                        last: b,
                        cue: t.lower.to_string(),
                        cue_tok: i,
                        pronoun: false,
                        frames: true,
                        trailing: false,
                    });
                    return b + 1;
                }
            }
        }
        return i + 1;
    }
    match class {
        CueClass::Called
            if matches!(
                next,
                "for"
                    | "on"
                    | "off"
                    | "up"
                    | "out"
                    | "back"
                    | "in"
                    | "to"
                    | "at"
                    | "upon"
                    | "by"
                    | ""
            ) =>
        {
            return i + 1
        }
        CueClass::Addition
            if !(matches!(next, "that" | "" | "\"" | "“" | ":" | ",")
                || toks.get(i + 1).is_some_and(|n| n.kind == Kind::Punct)) =>
        {
            return i + 1
        }
        _ => {}
    }
    let gerund = t.lower.ends_with("ing");
    let mut cue = t.lower.to_string();
    // `Zelenskyy in a statement said`
    let mut subject_end = i;
    if i >= 3
        && toks[i - 3].lower == "in"
        && matches!(
            toks[i - 2].lower,
            "a" | "an" | "the" | "his" | "her" | "its" | "their"
        )
        && !toks[i - 2].lower.is_empty()
        && matches!(
            toks[i - 1].lower,
            "statement" | "interview" | "post" | "tweet" | "letter"
        )
        && !gerund
    {
        cue = format!("in {} {} {}", toks[i - 2].lower, toks[i - 1].lower, t.lower);
        subject_end = i - 3;
    }
    // Inversion: `"...," said Senate Majority Leader Harry Reid.`
    let after_break = i > 0
        && (toks[i - 1].is_punct(',') || is_quote_mark(&toks[i - 1]) || toks[i - 1].is_punct('—'));
    if after_break && !gerund {
        let before = found.len();
        if let Some(j) = right_sources(toks, i + 1, &cue, i, true, found) {
            let _ = j;
            if found.len() > before {
                return i + 1;
            }
        }
    }
    let subject = if subject_end == i {
        subject_left(toks, i, quotes)
    } else {
        subject_left(toks, subject_end, quotes)
    };
    let subject = match subject {
        Some(s) => Some(s),
        // `He called for support ..., saying`: the subject of the main clause.
        None if gerund && i > 0 && toks[i - 1].is_punct(',') => {
            found.first().cloned().or_else(|| sentence_subject(toks, i))
        }
        // `NASA celebrates ...; announces new homes`: a verb coordinated
        // with an earlier one shares the sentence's subject.
        None if !gerund && i > 0 && (toks[i - 1].is_punct(';') || toks[i - 1].lower == "and") => {
            shared_subject(toks, i)
        }
        None => None,
    };
    let Some(subject) = subject else {
        // `cited X as saying` without a visible subject still names X.
        if matches!(t.lower, "citing") {
            right_sources(toks, i + 1, &cue, i, false, found);
        }
        return i + 1;
    };
    let head = toks[subject.last].lower;
    // `6 times expected earnings`, `two years estimated`: a unit says nothing.
    if toks[subject.last].is_lowercase_word()
        && (toks[subject.last]
            .has(lexicon::TIME_UNIT | lexicon::MEASURE_UNIT | lexicon::PERCENT_WORD)
            || head == "times")
    {
        return i + 1;
    }
    // `data from the statistics office showed`: the phrase's head, before its prepositions.
    let np_head = head_part(&toks[subject.first..=subject.last])
        .last()
        .map_or(head, |t| t.lower);
    if class == CueClass::Evidence
        && !(lexicon::is_document_noun(head)
            || lexicon::is_document_noun(np_head)
            || next == "that")
    {
        return i + 1;
    }
    if is_first_or_second_person(&toks[subject.first..=subject.last]) {
        return i + 1;
    }
    if is_ambiguous_cue(t.lower) && !verb_reading(toks, i, &subject) {
        return i + 1;
    }
    let is_relay_object = matches!(t.lower, "cited" | "cites" | "quoted" | "quoting" | "citing");
    let already = found
        .iter()
        .any(|f| f.first == subject.first && f.last == subject.last);
    if !already && t.lower != "citing" {
        let trailing = !gerund
            && at_clause_end(toks, i + 1)
            && subject.first > 0
            && found.iter().any(|f| f.first < subject.first);
        // `Senate Democrats and Republicans believe`: one source per conjunct.
        if !subject.pronoun && subject.first >= 2 && toks[subject.first - 1].lower == "and" {
            if let Some((a, b)) = np_left(toks, subject.first - 1)
                .filter(|&(a, _)| a + 4 >= subject.first.saturating_sub(1))
            {
                if !toks[a..=b].iter().any(|x| x.is_punct(','))
                    && !found.iter().any(|f| f.first <= b && a <= f.last)
                {
                    found.push(Found {
                        first: a,
                        last: b,
                        cue: cue.clone(),
                        cue_tok: i,
                        pronoun: false,
                        frames: !trailing,
                        trailing,
                    });
                }
            }
        }
        found.push(Found {
            cue: cue.clone(),
            cue_tok: i,
            frames: !trailing,
            trailing,
            ..subject
        });
    }
    if is_relay_object {
        // `Kyodo cited a former senior diplomat ... as saying`, `citing a senior US official`
        right_sources(toks, i + 1, &cue, i, false, found);
    }
    i + 1
}

/// `its full-year forecast`, `a previous estimate`, `the report`: the word
/// at `i` ends a noun phrase opened by a determiner, with only modifiers
/// (adjectives, participles, hyphenated compounds) between, so it is the
/// phrase's head noun, not a verb.
pub(super) fn heads_determined_np(toks: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let t = &toks[k - 1];
        if t.is_word()
            && matches!(
                t.lower,
                "the"
                    | "a"
                    | "an"
                    | "this"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "such"
                    | "no"
                    | "any"
                    | "every"
                    | "each"
            )
        {
            return true;
        }
        // `Ukraine's state emergency service`: a possessive opens the phrase too.
        if t.is_possessive() {
            return true;
        }
        // `full-year`, `long-awaited`: a compound modifier, both halves.
        if t.is_punct('-')
            && !t.space_before
            && k >= 2
            && toks[k - 2].is_word()
            && k < toks.len()
            && !toks[k].space_before
        {
            k -= 2;
            continue;
        }
        if t.is_lowercase_word() && is_prenominal_modifier(t) {
            k -= 1;
            continue;
        }
        return false;
    }
    false
}

/// Words that modify a noun before it and are never a speaker themselves.
pub(super) fn is_prenominal_modifier(t: &Token<'_>) -> bool {
    let w = t.lower;
    if t.has(lexicon::PERSON_WORD | lexicon::ORG_WORD) {
        return false;
    }
    matches!(
        w,
        "previous"
            | "prior"
            | "earlier"
            | "latest"
            | "initial"
            | "preliminary"
            | "original"
            | "new"
            | "final"
            | "annual"
            | "quarterly"
            | "monthly"
            | "weekly"
            | "daily"
            | "own"
            | "internal"
            | "rosy"
            | "gloomy"
            | "bleak"
            | "upbeat"
            | "cautious"
            | "optimistic"
            | "pessimistic"
            | "conservative"
            | "consensus"
            | "current"
            | "recent"
            | "last"
            | "next"
            | "same"
            | "joint"
            | "separate"
            | "similar"
            | "false"
            | "unfounded"
            | "baseless"
            | "brief"
            | "detailed"
            | "lengthy"
            | "full"
            | "further"
            | "additional"
            | "official"
    ) || w.len() > 4 && (w.ends_with("ous") || w.ends_with("ed"))
}

/// Cue words that are also common nouns: `the report`, `state media`,
/// `member states`, `his claims`.
pub(super) fn is_ambiguous_cue(w: &str) -> bool {
    matches!(
        w,
        "state"
            | "states"
            | "report"
            | "reports"
            | "claim"
            | "claims"
            | "note"
            | "notes"
            | "show"
            | "shows"
            | "estimate"
            | "estimates"
            | "forecast"
            | "forecasts"
            | "call"
            | "calls"
            | "cite"
            | "cites"
            | "warning"
            | "writes"
            | "write"
            | "confirm"
            | "reveal"
            | "deny"
            | "warn"
            | "say"
            | "tell"
            | "believe"
            | "think"
            | "assess"
            | "predicts"
    )
}

/// A cue word that can be a noun reads as a verb when a clause or object
/// follows it, or when its subject is a pronoun or a plural (`they say`).
pub(super) fn verb_reading(toks: &[Token<'_>], i: usize, subject: &Found) -> bool {
    let next = toks.get(i + 1);
    let clause_follows = next.is_none_or(|n| {
        n.kind == Kind::Punct
            || n.is_capitalized()
            || matches!(
                n.lower,
                "that"
                    | "the"
                    | "a"
                    | "an"
                    | "it"
                    | "he"
                    | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "there"
                    | "this"
                    | "these"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "no"
                    | "some"
                    | "many"
                    | "more"
                    | "how"
                    | "what"
                    | "why"
                    | "whether"
            )
    });
    let head = toks[subject.last].lower;
    let base_form = !toks[i].lower.ends_with('s');
    let plural = head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is");
    clause_follows || subject.pronoun || base_form && plural
}

/// Sources in a noun phrase (and its `and` conjuncts) to the right of `from`.
/// Returns the index after the last one, if any was found.
pub(super) fn right_sources(
    toks: &[Token<'_>],
    from: usize,
    cue: &str,
    cue_tok: usize,
    inversion: bool,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let mut j = from;
    let mut last_end = None;
    loop {
        if let Some(p) = pronoun_at(toks, j) {
            if inversion && !ends_inverted_subject(toks, p + 1) {
                return None;
            }
            if inversion || cue == "according to" || cue == "as per" {
                if !is_first_or_second_person(&toks[j..=p]) {
                    found.push(Found {
                        first: j,
                        last: p,
                        cue: cue.to_string(),
                        cue_tok,
                        pronoun: true,
                        frames: !inversion,
                        trailing: inversion && at_clause_end(toks, p + 1),
                    });
                }
                return Some(p + 1);
            }
        }
        let (a, b) = np_right(toks, j, toks.len())?;
        if inversion
            && !toks[a..=b].iter().any(|x| {
                x.is_capitalized() || x.has(lexicon::PERSON_WORD) || x.has(lexicon::ORG_WORD)
            })
        {
            return last_end;
        }
        // `..., said Reid.` / `said Bolden to the crowd`, but not `, says it is crucial`.
        if inversion && !ends_inverted_subject(toks, b + 1) {
            return last_end;
        }
        if !inversion && !source_like(&toks[a..=b]) {
            return last_end;
        }
        let b = if inversion {
            with_appositions(toks, b)
        } else {
            b
        };
        let trailing = inversion && at_clause_end(toks, b + 1) && cue_tok > 0;
        found.push(Found {
            first: a,
            last: b,
            cue: cue.to_string(),
            cue_tok,
            pronoun: false,
            frames: !trailing,
            trailing,
        });
        last_end = Some(b + 1);
        if lower_at(toks, b + 1) == "and" && !inversion {
            j = b + 2;
            continue;
        }
        return last_end;
    }
}

/// `said Carsten Brzeski, global head of macro at ING.`: appositions after
/// an inverted subject run to the end of the sentence, unless a relative
/// clause (`, who voted ...`) or another clause starts.
pub(super) fn with_appositions(toks: &[Token<'_>], b: usize) -> usize {
    let mut end = b;
    let mut j = b + 1;
    while toks.get(j).is_some_and(|t| t.is_punct(',')) {
        let seg_start = j + 1;
        let mut k = seg_start;
        while k < toks.len()
            && !toks[k].is_punct(',')
            && !(toks[k].kind == Kind::Punct
                && matches!(toks[k].text, "." | "!" | "?" | ";" | "\"" | "”"))
        {
            if toks[k].is_word()
                && (matches!(
                    toks[k].lower,
                    "who" | "which" | "that" | "and" | "but" | "when" | "while" | "as" | "after"
                ) || toks[k].has(CUE_ANY))
            {
                return end;
            }
            k += 1;
        }
        if k == seg_start || k - seg_start > 12 {
            return end;
        }
        end = k - 1;
        j = k;
    }
    if at_clause_end(toks, end + 1) {
        end
    } else {
        b
    }
}

/// What may follow the subject of an inversion: the end, punctuation, or a
/// preposition or relative word, never a verb.
pub(super) fn ends_inverted_subject(toks: &[Token<'_>], j: usize) -> bool {
    match toks.get(j) {
        None => true,
        Some(t) if t.kind == Kind::Punct => true,
        Some(t) => matches!(
            t.lower,
            "to" | "in"
                | "on"
                | "at"
                | "after"
                | "before"
                | "when"
                | "while"
                | "as"
                | "who"
                | "which"
                | "during"
                | "from"
                | "of"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "earlier"
                | "later"
                | "on,"
                | "told"
                | "adding"
                | "according"
                | "with"
        ),
    }
}

/// A noun phrase that can be a source: a name, a person, an organisation or a document.
pub(super) fn source_like(np: &[Token<'_>]) -> bool {
    np.iter().any(|t| {
        t.is_capitalized()
            || lexicon::is_person_word(t.lower.trim_end_matches('s'))
            || t.has(lexicon::ORG_WORD)
            || t.has(lexicon::DOCUMENT_NOUN)
    }) || np.iter().any(|t| {
        matches!(
            t.lower,
            "people"
                | "person"
                | "sources"
                | "source"
                | "officials"
                | "experts"
                | "analysts"
                | "witnesses"
                | "residents"
                | "researchers"
                | "scientists"
                | "diplomats"
                | "insiders"
                | "lawmakers"
                | "investigators"
                | "aides"
        )
    })
}

/// Whether the sentence (or clause) ends right after token `j`.
pub(super) fn at_clause_end(toks: &[Token<'_>], j: usize) -> bool {
    toks[j.min(toks.len())..]
        .iter()
        .all(|t| t.kind == Kind::Punct && !t.is_punct('('))
}

pub(super) fn is_time_np(toks: &[Token<'_>], a: usize, b: usize) -> bool {
    toks[a..=b].iter().all(|t| {
        t.has(lexicon::WEEKDAY)
            || t.has(lexicon::MONTH)
            || t.is_num()
            || matches!(
                t.lower,
                "the" | "morning" | "evening" | "night" | "week" | "year"
            )
    })
}

pub(super) fn is_first_or_second_person(np: &[Token<'_>]) -> bool {
    np.len() == 1 && matches!(np[0].lower, "i" | "we" | "you" | "us" | "me")
}

/// `he`, `she`, `it`, `they`, or `his office`, `her spokesman` at `j`:
/// the last token of the pronoun phrase.
pub(super) fn pronoun_at(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    match t.lower {
        "he" | "she" | "it" | "they" | "i" | "we" | "you" => Some(j),
        "his" | "her" | "its" | "their" => {
            let n = toks.get(j + 1)?;
            let speaker = n.has(lexicon::ORG_WORD | lexicon::PERSON_WORD)
                || lexicon::is_person_word(n.lower.trim_end_matches('s'))
                || matches!(
                    n.lower,
                    "spokesman"
                        | "office"
                        | "analysts"
                        | "researchers"
                        | "experts"
                        | "economists"
                        | "lawyers"
                        | "staff"
                        | "aides"
                        | "officials"
                        | "scientists"
                        | "authors"
                );
            (n.is_lowercase_word() && speaker).then_some(j + 1)
        }
        _ => None,
    }
}
