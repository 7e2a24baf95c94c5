//! Cues: the words and phrases that attribute (`said`, `according to`,
//! `issued a statement`), whether a cue word is a verb here, and the sources
//! to the right of a cue (inversions, `according to X`, `citing X`).

use super::*;

pub(super) fn lower_at<'a>(toks: &[Token<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower)
}

pub(super) const CUE_ANY: u64 = lexicon::CUE_SPEECH
    | lexicon::CUE_BELIEF
    | lexicon::CUE_EVIDENCE
    | lexicon::CUE_ADDITION
    | lexicon::CUE_CALLED;

/// `Experts fear the virus could spread`, `Prosecutors allege that`: the
/// base form of a lemma whose base reads as a noun as often as a verb
/// (`fear`, `allege`, `predict`) is a present tense after a plural
/// subject of people, with a clause after it. An adverb may stand between
/// (`aides privately concede that`).
fn present_after_plural(toks: &[Token<'_>], i: usize) -> bool {
    let adverb = i >= 2 && is_ly_adverb(&toks[i - 1]);
    let Some(subject) = i.checked_sub(1 + usize::from(adverb)) else {
        return false;
    };
    let plural = |k: usize| {
        relays::is_plural_people(toks, k)
            || matches!(toks[k].lower, "they" | "many" | "others")
            || is_plural_name(toks, k)
    };
    (plural(subject) || plural_head_before_modifier(toks, subject).is_some_and(plural))
        && (clause_after(toks, i) || headline_verb(toks, i))
}

/// `Scientists report discovery of new species`, `Trump claims victory in
/// Iowa`: a headline (a short line without a full stop) puts its verb in
/// the present with a noun phrase after it; the verb is a few words from
/// the line's start.
fn headline_verb(toks: &[Token<'_>], i: usize) -> bool {
    let unstopped = toks.last().is_some_and(|t| {
        !(t.is_punct('.') || t.is_punct('!') || t.is_punct('?') || is_quote_mark(t))
    });
    let object = toks
        .get(i + 1)
        .is_some_and(|n| n.is_lowercase_word() && !n.has(lexicon::FUNCTION_WORD));
    // (`Police reports show rise in crime`, `Jobs report gives Democrats a
    // lift`: a verb after the word makes it a noun.)
    let verb_after = toks.get(i + 1).is_some_and(|n| {
        n.cue_class().is_some()
            || is_finite_auxiliary(n)
            || n.lower.ends_with('s')
                && toks
                    .get(i + 2)
                    .is_some_and(|o| o.is_capitalized() || o.has(lexicon::DETERMINER))
    });
    unstopped && object && !verb_after && toks.len() <= 16 && (1..=6).contains(&i)
}

/// `Lawyers for the family`, `Residents of the town`: the head of a
/// subject whose last word is a short prepositional phrase's noun (`last`).
fn plural_head_before_modifier(toks: &[Token<'_>], last: usize) -> Option<usize> {
    let from = last.saturating_sub(4);
    let p = (from..last)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| matches!(toks[k].lower, "for" | "of" | "in" | "from" | "at"))?;
    p.checked_sub(1)
}

/// `Republicans`, `Democrats`, `the Tampa Bay Buccaneers`: a capitalised
/// plural (the members of a party, a people, a team), not a possessive.
/// Only asked before a verb's base form, which a singular name ending in
/// `s` (`James`, `Texas`, `The New York Times`) could not take.
fn is_plural_name(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    let possessive = toks
        .get(k + 1)
        .is_some_and(|n| !n.space_before && (n.is_punct('\'') || n.is_punct('’')));
    t.is_capitalized()
        && t.is_word()
        && t.lower.len() > 3
        && t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && !t.has(lexicon::FUNCTION_WORD)
        && !possessive
}

/// Whether a clause follows the verb `i`: `that`, a subject pronoun, or a
/// few words and then a modal, a form of `be` or of `have` before any
/// punctuation.
fn clause_after(toks: &[Token<'_>], i: usize) -> bool {
    let finite = |t: &Token<'_>| t.has(lexicon::BE_FORM) || is_modal_or_have(t);
    // (`expect it to raise rates` is an object and an infinitive.)
    let subject_pronoun = matches!(lower_at(toks, i + 1), "he" | "she" | "it" | "they" | "we")
        && lower_at(toks, i + 2) != "to";
    lower_at(toks, i + 1) == "that"
        || subject_pronoun
        || toks
            .iter()
            .skip(i + 2)
            .take(5)
            .take_while(|t| t.kind != Kind::Punct)
            .any(finite)
}

/// A modal or a finite form of `have`: what makes the words before it a
/// clause's subject (`... the virus could`, `... unemployment has`).
fn is_modal_or_have(t: &Token<'_>) -> bool {
    lexicon::is_modal_or_have(t.lower)
}

/// A finite auxiliary: a form of `be` that is no infinitive or participle
/// (`is`, `were`), a modal or a finite `have`.
pub(super) fn is_finite_auxiliary(t: &Token<'_>) -> bool {
    t.has(lexicon::BE_FORM) && !matches!(t.lower, "be" | "been" | "being") || is_modal_or_have(t)
}

/// Look for an attribution starting at token `i` (where [`may_open_cue`]);
/// returns where to go on.
/// The phrase cues come first (`according to`, `In the NYT report`,
/// `quoted by`, `issued a statement`, `put the toll at 40`), then a cue
/// verb with its subject.
pub(super) fn find_at(
    toks: &[Token<'_>],
    i: usize,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> usize {
    let phrase = according_to(toks, i, found)
        .or_else(|| as_reported_by(toks, i, found))
        .or_else(|| as_put_it(toks, i, quotes, found))
        .or_else(|| document_frame(toks, i, found))
        .or_else(|| post_signature(toks, i, found))
        .or_else(|| quoted_by(toks, i, found))
        .or_else(|| issued_statement(toks, i, quotes, found))
        .or_else(|| puts_figure_at(toks, i, quotes, found));
    if let Some(next) = phrase {
        return next;
    }
    let Some(class) = verb_cue_class(toks, i) else {
        return i + 1;
    };
    if names_or_remarks(toks, i) {
        return i + 1;
    }
    if let Some(next) = passive_cue(toks, i, class, found) {
        return next;
    }
    if !complement_fits(toks, i, class) {
        return i + 1;
    }
    verb_cue(toks, i, class, quotes, found)
}

/// Whether a cue may stand at token `i`: a word of the cue lexicon, or
/// one that opens a cue phrase (`according to`, `as per`, `as reported
/// by`, `In the NYT report`, `issued a statement`). Most words are
/// neither, and asking first spares each of them every rule in turn.
#[inline]
pub(super) fn may_open_cue(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    // (`quoted by` and `cited by` open with cue words.)
    t.has(CUE_ANY | lexicon::CUE_LEMMA | lexicon::CUE_GERUND | lexicon::STATEMENT_VERB)
        || matches!(t.lower, "according" | "as" | "put" | "puts")
        || i == 0 && t.lower == "in"
        || t.kind == Kind::Punct && t.text == "—"
}

/// Cue words that report no speech where they stand: the writer's asides
/// (`It is worth noting`, `Having said that,`, `That said,`, `Enough said`),
/// a credit line (`(Additional reporting by ...)`, `Smith reported from
/// Kabul.`), a name given (`a unit called the Red Brigade`, `the procedure
/// sometimes called ...`; a person who calls stays speech) and an agentless
/// participle (`a man described as his brother`).
fn names_or_remarks(toks: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map_or("", |p| toks[p].lower);
    let after = |k: usize| toks.get(i + k).map_or("", |t| t.lower);
    let aside = before(1) == "worth" && toks[i].lower.ends_with("ing")
        || toks[i].lower == "said" && before(1) == "enough"
        || toks[i].lower == "said"
            && (before(1) == "having" && matches!(after(1), "that" | "this")
                || before(1) == "that" && after(1) == "," && (i == 1 || before(2) == ","));
    let naming = matches!(
        toks[i].lower,
        "called" | "named" | "dubbed" | "labeled" | "labelled" | "termed" | "nicknamed"
    ) && (after_indefinite_noun(toks, i)
        || after_passive_be(toks, i)
        || after_naming_word(toks, i));
    aside || credit_line(toks, i) || naming || agentless_participle(toks, i)
}

/// `(Reporting by ...)`, `Jones contributed reporting from Paris.`,
/// `Smith reported from Kabul, and Jones from Washington.`: who wrote the
/// story, not what anyone reported (`reported from Kabul that ...` and
/// `reported from the border: "..."` report).
fn credit_line(toks: &[Token<'_>], i: usize) -> bool {
    let after = |k: usize| toks.get(i + k).map_or("", |t| t.lower);
    match toks[i].lower {
        "reporting" => after(1) == "by" || i > 0 && toks[i - 1].lower == "contributed",
        "reported" => {
            after(1) == "from"
                && toks.get(i + 2).is_some_and(|t| t.is_capitalized())
                && !toks[i + 2..]
                    .iter()
                    .any(|t| t.lower == "that" || t.is_punct(':') || quotes::is_quote_mark(t))
        }
        _ => false,
    }
}

/// `the procedure sometimes called`, `one called`: a name given after a
/// noun and an adverb of naming, or after `one` (not `no one called`).
fn after_naming_word(toks: &[Token<'_>], i: usize) -> bool {
    let before = |k: usize| i.checked_sub(k).map(|p| &toks[p]);
    let (Some(b1), Some(b2)) = (before(1), before(2)) else {
        return false;
    };
    let naming_adverb = words::NAMING_ADVERBS.contains(&b1.lower)
        && b2.is_lowercase_word()
        && !is_function(b2)
        && !b2.has(lexicon::PERSON_WORD);
    let one = matches!(b1.lower, "one" | "ones")
        && (b2.is_punct(',') || matches!(b2.lower, "including" | "like" | "the" | "and" | "or"));
    naming_adverb || one
}

/// `A man described as the gunman's brother`, `names mentioned as
/// nominees`: a past participle right after a noun and before `as` is a
/// passive with no agent (`officials quoted as saying` stays a cue, and so
/// do `stated as much` and a relative clause's subject: `which friends
/// described as miserable`).
fn agentless_participle(toks: &[Token<'_>], i: usize) -> bool {
    let after = |k: usize| toks.get(i + k).map_or("", |t| t.lower);
    let mut k = i;
    while k > 0 && phrases::is_ly_adverb(&toks[k - 1]) {
        k -= 1;
    }
    let after_noun = k > 0
        && toks[k - 1].is_word()
        && !is_function(&toks[k - 1])
        && !toks[k - 1].has(lexicon::BE_FORM);
    toks[i].lower.ends_with("ed")
        && after(1) == "as"
        && !matches!(
            after(2),
            "saying" | "telling" | "stating" | "writing" | "having" | "much" | "well" | "follows"
        )
        && after_noun
        && !relative_clause_subject(toks, k - 1)
}

/// Whether the noun phrase ending at `last` is the subject of a relative
/// clause (`which the authorities`, `that friends`).
fn relative_clause_subject(toks: &[Token<'_>], last: usize) -> bool {
    let mut k = last + 1;
    while k > 0
        && last + 1 - k < 5
        && toks[k - 1].is_word()
        && (!is_function(&toks[k - 1]) || matches!(toks[k - 1].lower, "the" | "a" | "an"))
    {
        k -= 1;
    }
    k > 0
        && matches!(
            toks[k - 1].lower,
            "which" | "that" | "who" | "whom" | "what"
        )
}

/// `a unit called`, `a psychology class called`, `an impressive reading
/// campaign called`: a participle after an indefinite noun phrase (not a
/// person word: `a spokesman called`).
fn after_indefinite_noun(toks: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 4 {
        let t = &toks[k - 1];
        // `a 2002 psychology class`
        let modifier = t.is_lowercase_word() && !is_function(t) && !t.has(lexicon::PERSON_WORD);
        if !(modifier || t.kind == Kind::Num) {
            break;
        }
        k -= 1;
    }
    k < i && k > 0 && matches!(toks[k - 1].lower, "a" | "an")
}

/// `what's today typically called`, `is called`, `were dubbed`: a name in
/// the passive.
fn after_passive_be(toks: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0
        && (is_aux_or_adverb(&toks[k - 1]) && !toks[k - 1].has(lexicon::BE_FORM)
            || toks[k - 1].lower == "today")
    {
        k -= 1;
    }
    let before = k.checked_sub(1).map_or("", |p| toks[p].lower);
    // `what's`, written as one word or as `what` `'` `s`
    let contracted_is = before.ends_with("'s")
        || before.ends_with("’s")
        || before == "s" && k >= 2 && (toks[k - 2].is_punct('\'') || toks[k - 2].is_punct('’'));
    k > 0 && (toks[k - 1].has(lexicon::BE_FORM) || contracted_is)
}

/// `according to "The Trumps," by Gwenda Blair`: a quoted title, with its
/// author, is the document that says it.
fn quoted_title_source(
    toks: &[Token<'_>],
    open: usize,
    cue: &str,
    cue_tok: usize,
    found: &mut Vec<Found>,
) -> bool {
    const TITLE_TOKENS: usize = 24;
    if !toks
        .get(open)
        .is_some_and(|t| quotes::is_open_quote(t, false))
    {
        return false;
    }
    let end = (open + 2..toks.len().min(open + TITLE_TOKENS))
        .find(|&k| quotes::is_close_quote(&toks[k], true));
    let Some(close) = end else {
        return false;
    };
    let mut last = close;
    let mut by = close + 1;
    if toks.get(by).is_some_and(|t| t.is_punct(',')) {
        by += 1;
    }
    if lower_at(toks, by) == "by" {
        if let Some((_, name_end)) = np_right(toks, by + 1, toks.len()) {
            last = name_end;
        }
    }
    found.push(Found {
        first: open,
        last,
        cue: cue.to_string(),
        cue_tok,
        pronoun: false,
        frames: true,
        trailing: false,
    });
    true
}

/// `according to X`, `as per X`; sources after the clause they close are trailing.
fn according_to(toks: &[Token<'_>], i: usize, found: &mut Vec<Found>) -> Option<usize> {
    let (t, next) = (&toks[i], lower_at(toks, i + 1));
    let cue = match (t.lower, next) {
        ("according", "to") => "according to",
        ("as", "per") => "as per",
        _ => return None,
    };
    let before = found.len();
    if !quoted_title_source(toks, i + 2, cue, i, found) {
        right_sources(toks, i + 2, cue, i, false, found);
    }
    if found.len() > before {
        let last = found.last().map_or(i, |f| f.last);
        if at_clause_end(toks, last + 1) && i > 0 {
            for f in &mut found[before..] {
                f.trailing = true;
            }
        }
    }
    Some(i + 2)
}

/// `As reported by Western Journalism, ...`, `as noted by the ministry`,
/// `as first reported by the Times`: the agent of `as` + a cue participle
/// (an adverb may come between) + `by` is the source.
fn as_reported_by(toks: &[Token<'_>], i: usize, found: &mut Vec<Found>) -> Option<usize> {
    if toks[i].lower != "as" {
        return None;
    }
    let adverb = toks.get(i + 1).is_some_and(|t| {
        t.is_lowercase_word()
            && (t.lower.ends_with("ly") || matches!(t.lower, "first" | "previously" | "also"))
    });
    let p = i + 1 + usize::from(adverb);
    let participle = toks.get(p)?;
    let reported = participle.has(CUE_ANY)
        && participle.lower.ends_with("ed")
        && lower_at(toks, p + 1) == "by";
    if !reported {
        return None;
    }
    let cue = participle.lower.to_string();
    right_sources(toks, p + 2, &cue, p, false, found);
    Some(p + 2)
}

/// `As Trump put it, the system is rigged`, `..., as she puts it.`: the
/// speaker whose words the sentence gives, cue `put` (`puts`). With the
/// words quoted (`As Amar put it, "..."`) the cue is `quote`, as the
/// attribution gold has it.
fn as_put_it(
    toks: &[Token<'_>],
    i: usize,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> Option<usize> {
    if toks[i].lower != "as" {
        return None;
    }
    let hi = toks.len().min(i + 9);
    let put = (i + 2..hi).find(|&k| {
        matches!(toks[k].lower, "put" | "puts")
            && lower_at(toks, k + 1) == "it"
            && lower_at(toks, k + 2) != "to"
    })?;
    let (first, last, pronoun) = match pronoun_at(toks, i + 1) {
        Some(p) => (i + 1, p, true),
        None => {
            let (a, b) = np_right(toks, i + 1, put)?;
            (a, b, false)
        }
    };
    if last + 1 != put || !pronoun && !source_like(&toks[first..=last]) {
        return None;
    }
    found.push(Found {
        first,
        last,
        cue: if quotes.has_speech {
            "quote".into()
        } else {
            toks[put].lower.to_string()
        },
        cue_tok: put,
        pronoun,
        frames: true,
        trailing: i > 0 && at_clause_end(toks, put + 2),
    });
    Some(put + 2)
}

/// `In the NYT report, ...`: a named document as the frame of the sentence.
fn document_frame(toks: &[Token<'_>], i: usize, found: &mut Vec<Found>) -> Option<usize> {
    if i != 0 || toks[i].lower != "in" {
        return None;
    }
    let (a, b) = np_right(toks, 1, toks.len())?;
    let has_name = toks[a..=b].iter().any(|x| x.is_capitalized());
    if !(has_name && toks[b].has(lexicon::DOCUMENT_NOUN) && toks[b].lower != "statement") {
        return None;
    }
    found.push(Found {
        first: a,
        last: b,
        cue: "in".into(),
        cue_tok: 0,
        pronoun: false,
        frames: true,
        trailing: false,
    });
    Some(b + 1)
}

/// `No one is above the law. — Paul Ryan (@SpeakerRyan) July 5, 2016`: the
/// line an embedded post ends with (a dash, the author's name, the handle,
/// the date) names who wrote the words before it.
fn post_signature(toks: &[Token<'_>], i: usize, found: &mut Vec<Found>) -> Option<usize> {
    const NAME_TOKENS: usize = 6;
    if !toks[i].is_punct('—') {
        return None;
    }
    let first = i + 1;
    let open = (first..toks.len().min(first + NAME_TOKENS + 1)).find(|&k| !toks[k].is_word())?;
    let handle = open > first
        && toks[open].is_punct('(')
        && toks.get(open + 1).is_some_and(|t| t.is_punct('@'))
        && toks.get(open + 2).is_some_and(|t| t.is_word())
        && toks.get(open + 3).is_some_and(|t| t.is_punct(')'))
        && toks.get(open + 4).is_some_and(|t| t.has(lexicon::MONTH));
    if !handle {
        return None;
    }
    found.push(Found {
        first,
        last: open - 1,
        cue: "quote".into(),
        cue_tok: i,
        pronoun: false,
        frames: false,
        trailing: true,
    });
    Some(open + 4)
}

/// `Russia's defence ministry, quoted by the TASS news agency, said`: the
/// agent relays the speaker; the speaker is found at the main verb.
fn quoted_by(toks: &[Token<'_>], i: usize, found: &mut Vec<Found>) -> Option<usize> {
    let t = &toks[i];
    let relay = matches!(t.lower, "quoted" | "cited") && i > 0 && toks[i - 1].is_punct(',');
    if !relay || lower_at(toks, i + 1) != "by" {
        return None;
    }
    let before = found.len();
    right_sources(toks, i + 2, t.lower, i, false, found);
    Some(
        found
            .last()
            .filter(|_| found.len() > before)
            .map_or(i + 2, |f| f.last + 1),
    )
}

/// `issued a statement`, `offered his explanation`: the subject is the source.
fn issued_statement(
    toks: &[Token<'_>],
    i: usize,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> Option<usize> {
    let at = |k: usize, flag: u64| toks.get(k).is_some_and(|t| t.has(flag));
    if !(at(i, lexicon::STATEMENT_VERB)
        && at(i + 1, lexicon::STATEMENT_DETERMINER)
        && at(i + 2, lexicon::STATEMENT_NOUN))
    {
        return None;
    }
    if let Some(f) = subject_left(toks, i, quotes).filter(|_| !negated(toks, i)) {
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
    Some(i + 3)
}

/// `Officials put the death toll at 40`, `Local reports put losses at more
/// than $2bn`: to put a figure at a number is to estimate it; the subject
/// is the source, cue `put`. (Not `put the book at the door`, `put them at
/// risk`: a number follows `at`.)
fn puts_figure_at(
    toks: &[Token<'_>],
    i: usize,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> Option<usize> {
    // (Not in a relative clause: `a man who puts his net worth at $11
    // billion` describes him.)
    let relative = i > 0 && matches!(toks[i - 1].lower, "who" | "which" | "that");
    if !matches!(toks[i].lower, "put" | "puts") || relative {
        return None;
    }
    let hi = toks.len().min(i + 10);
    let at = (i + 2..hi)
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].lower == "at")?;
    let number = |t: &Token<'_>| {
        t.kind == Kind::Num
            || words::currency_symbol(t.text)
            || t.has(lexicon::NUMBER_START) && !matches!(t.lower, "a" | "an")
    };
    if !toks[at + 1..toks.len().min(at + 4)].iter().any(number) {
        return None;
    }
    let subject = subject_left(toks, i, quotes)
        .filter(|f| !negated(toks, i) && !is_first_or_second_person(&toks[f.first..=f.last]))?;
    found.push(Found {
        cue: toks[i].lower.to_string(),
        cue_tok: i,
        frames: true,
        trailing: false,
        ..subject
    });
    Some(at + 1)
}

/// The class of a cue word used as a verb here; `None` for a word that is
/// no cue, a name, or a noun or adjective (`the report`, `his claims`,
/// `so-called`, `its full-year forecast`, `a previous estimate`).
fn verb_cue_class(toks: &[Token<'_>], i: usize) -> Option<CueClass> {
    let t = &toks[i];
    if !t.has(CUE_ANY | lexicon::CUE_LEMMA | lexicon::CUE_GERUND) {
        return None;
    }
    let infinitive = infinitive_subject_end(toks, i).is_some();
    let class = if t.has(CUE_ANY) {
        t.cue_class()?
    } else if t.has(lexicon::CUE_GERUND) {
        participial_cue(toks, i)?
    } else if infinitive {
        // Words said, not a belief or evidence to come (`tried to
        // demonstrate that`, `able to expect`).
        // A reply or an addition says something only with its words after
        // it (`quick to respond, tweeting ...`: the cue is `tweeting`).
        let words_follow = matches!(lower_at(toks, i + 1), "that" | ":")
            || toks.get(i + 1).is_some_and(is_quote_mark);
        crate::cue_verbs::class_of_lemma(t.lower)
            .filter(|c| *c == CueClass::Speech || *c == CueClass::Addition && words_follow)?
    } else if present_after_plural(toks, i) {
        crate::cue_verbs::class_of_lemma(t.lower)?
    } else {
        return None;
    };
    // (A word in capitals may be an imperative: `PLEASE SAY PRAYERS`.)
    let title_word = t.text.bytes().skip(1).all(|b| !b.is_ascii_uppercase()) && in_title_case(toks);
    if t.is_capitalized() && i > 0 && !title_word {
        return None;
    }
    // `pointed out that`, `pointed to her record`; not `a pointed critic`.
    let particle_missing = crate::cue_verbs::PARTICLE_CUES
        .iter()
        .find(|(form, _)| *form == t.lower)
        .is_some_and(|(_, particles)| !particles.contains(&lower_at(toks, i + 1)));
    let other_meaning = crate::cue_verbs::NON_CUE_PARTICLES
        .iter()
        .find(|(form, _)| *form == t.lower)
        .is_some_and(|(_, particles)| particles.contains(&lower_at(toks, i + 1)));
    if particle_missing || other_meaning {
        return None;
    }
    if reduced_passive(toks, i) && !be_before(toks, i) {
        return None;
    }
    // (`state Senate leader Phil Berger`: a base form before a body's
    // capitalised word modifies it.)
    let modifies_body = toks
        .get(i + 1)
        .is_some_and(|n| n.is_capitalized() && n.has(lexicon::ORG_WORD));
    if modifies_body && is_base_form(t) || singular_np_before_base_form(toks, i) {
        return None;
    }
    let noun_context = i > 0 && toks[i - 1].has(lexicon::NOUN_CUE_CONTEXT);
    // `say` is a noun only as a share of a decision (`have a say`, `the
    // final say`), not after a noun (`Members of the family say`, `voters
    // in each state say`).
    let say_after_noun = t.lower == "say" && i > 0 && !is_function(&toks[i - 1]) && {
        let p = toks[i - 1].lower;
        !matches!(
            p,
            "final" | "last" | "equal" | "greater" | "bigger" | "real" | "little" | "more"
        )
    };
    if !matches!(t.lower, "said" | "told")
        && !quantifier_subject(toks, i.saturating_sub(1), i)
        && !infinitive
        && !say_after_noun
        && (noun_context || heads_determined_np(toks, i))
    {
        return None;
    }
    let so_called =
        t.lower == "called" && i >= 2 && toks[i - 1].is_punct('-') && toks[i - 2].lower == "so";
    (!so_called).then_some(class)
}

/// `..., stressing in his remarks that`, `..., noting: "..."`, `...,
/// citing "Bill Maher"`: the `-ing` form of a lemma that is a noun as
/// often (`the reporting`, `his thinking`) is a verb in a participial
/// clause after a comma, with what was said after it.
fn participial_cue(toks: &[Token<'_>], i: usize) -> Option<CueClass> {
    let after_comma = i > 0 && toks[i - 1].is_punct(',') || coordinated_participle(toks, i);
    let next = lower_at(toks, i + 1);
    let setting = setting_then_that(toks, i);
    let words_follow = matches!(next, "that" | ":" | "how" | "why" | "what" | "whether")
        || toks.get(i + 1).is_some_and(is_quote_mark)
        || setting;
    let relay = toks[i].has(lexicon::RELAY_CUE);
    // A reply or an addition only before `that` (`..., admitting that`),
    // not before a quote (`shouting "..."`: its speaker is the clause's
    // just before, which the sentence's subject often is not).
    let reported = next == "that" || setting;
    (after_comma && (words_follow || relay))
        .then(|| crate::cue_verbs::class_of_gerund(toks[i].lower))
        .flatten()
        .filter(|c| *c != CueClass::Addition || reported)
}

/// `..., shifting his focus to Trump and admitting that`: the `-ing` form
/// at `i` after `and` joins a participial clause opened by a comma.
fn coordinated_participle(toks: &[Token<'_>], i: usize) -> bool {
    if i < 3 || toks[i - 1].lower != "and" {
        return false;
    }
    // The nearest punctuation before `and` is the comma opening the clause.
    let opening = (i.saturating_sub(16)..i - 1)
        .rev()
        .find(|&k| toks[k].kind == Kind::Punct);
    opening.is_some_and(|k| {
        toks[k].is_punct(',') && {
            let first = &toks[k + 1];
            first.is_lowercase_word() && first.lower.ends_with("ing") && k + 1 < i - 1
        }
    })
}

/// `a condition characterised by`, `a film written and directed by`, `a
/// net worth estimated at less than $100,000`: a participle after its noun
/// (without an auxiliary, which the caller checks) is a reduced passive
/// clause; its subject is no speaker. Not `estimated at least`, nor a
/// relative clause's verb (`a crowd that the campaign estimated at 3,000`).
fn reduced_passive(toks: &[Token<'_>], i: usize) -> bool {
    let t = &toks[i];
    let relative = toks[i.saturating_sub(4)..i]
        .iter()
        .any(|t| matches!(t.lower, "that" | "which" | "whom"));
    let valued_at = lower_at(toks, i + 1) == "at"
        && !matches!(lower_at(toks, i + 2), "least" | "most")
        && !relative;
    // (`a man suspected of theft`, `the firm accused of fraud`.)
    let charged_with = matches!(t.lower, "suspected" | "accused") && lower_at(toks, i + 1) == "of";
    charged_with
        || t.lower.ends_with("ed") && (lower_at(toks, i + 1) == "by" || valued_at)
        || t.has(lexicon::PARTICIPLE_ONLY_CUE) && !(i > 0 && is_have_form(&toks[i - 1]))
        || raised_subject_passive(toks, i)
        || reported_state(toks, i)
        || existential_passive(toks, i)
}

/// `There were no casualties reported`, `with no injuries reported`: a
/// participle after a phrase opened by `no` or introduced by `there is`
/// tells what was (not) reported, by no one named.
fn existential_passive(toks: &[Token<'_>], i: usize) -> bool {
    if !toks[i].lower.ends_with("ed") {
        return false;
    }
    let nouns = common_words_before(toks, i, 4);
    let Some(k) = (nouns > 0).then(|| i - nouns).filter(|&k| k > 0) else {
        return false;
    };
    // (`No officials commented`: people or bodies speak; what is
    // reported is a thing.)
    if source_like(&toks[k..i]) || relays::is_plural_people(toks, i - 1) {
        return false;
    }
    let no = toks[k - 1].lower == "no";
    let there = k >= 2 && toks[k - 1].has(lexicon::BE_FORM) && toks[k - 2].lower == "there"
        || k >= 3 && no && toks[k - 2].has(lexicon::BE_FORM) && toks[k - 3].lower == "there";
    no || there
}

/// `dozens of people reported missing`, `two soldiers confirmed dead`:
/// a participle with the state it reports is a passive clause after its
/// noun.
fn reported_state(toks: &[Token<'_>], i: usize) -> bool {
    if !toks[i].lower.ends_with("ed") || i == 0 {
        return false;
    }
    let state = toks.get(i + 1).is_some_and(|s| {
        s.has(lexicon::PEOPLE_ADJECTIVE)
            || matches!(
                s.lower,
                "killed" | "alive" | "safe" | "arrested" | "detained" | "kidnapped" | "abducted"
            )
    });
    // (Not `officials reported missing children`: the state's own noun.)
    let no_noun_after = toks
        .get(i + 2)
        .is_none_or(|n| n.kind == Kind::Punct || n.has(lexicon::FUNCTION_WORD));
    state && no_noun_after && toks[i - 1].is_lowercase_word()
}

/// `temperatures forecast to reach 42C`, `a crowd estimated to number
/// 5,000`, `a man believed to be`: these verbs take no infinitive in the
/// active voice, so before `to` and a verb they are a passive clause.
/// (Not `said` or `reported`, whose `to` may name an addressee.)
fn raised_subject_passive(toks: &[Token<'_>], i: usize) -> bool {
    if lower_at(toks, i + 1) != "to" {
        return false;
    }
    let raising = matches!(
        toks[i].lower,
        "forecast"
            | "estimated"
            | "projected"
            | "believed"
            | "thought"
            | "known"
            | "rumoured"
            | "rumored"
            | "alleged"
            | "feared"
            | "predicted"
    );
    let verb_after_to = toks.get(i + 2).is_some_and(|v| {
        v.is_lowercase_word()
            && !v.has(lexicon::DETERMINER)
            && !(is_object_pronoun(v) || v.lower == "me")
    });
    // (`in what whistleblowers believed to be an effort`: the object moved
    // before its subject; the verb is active.)
    let object_moved = toks[i.saturating_sub(5)..i]
        .iter()
        .any(|t| matches!(t.lower, "what" | "which" | "whom" | "that"));
    raising && verb_after_to && !object_moved
}

/// A be-form before the participle at `i`, past adverbs: `was reported`,
/// `was first reported`, `is widely believed`.
fn be_before(toks: &[Token<'_>], i: usize) -> bool {
    let adverbs = toks[..i]
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.lower == "first" || t.is_word() && t.lower.ends_with("ly"))
        .count();
    i > adverbs && toks[i - 1 - adverbs].has(lexicon::BE_FORM)
}

/// A passive cue: agentless it is not attribution (`no damage was
/// reported`); with an agent it is (`it is noted on the Congressional
/// Website that`). `None` when the cue is not passive.
fn passive_cue(
    toks: &[Token<'_>],
    i: usize,
    class: CueClass,
    found: &mut Vec<Found>,
) -> Option<usize> {
    // `is saying`, `was reporting`: a progressive, not a passive.
    if !be_before(toks, i) || toks[i].lower.ends_with("ing") {
        return None;
    }
    if !matches!(lower_at(toks, i + 1), "by" | "on" | "in") {
        return Some(i + 1);
    }
    let Some((a, b)) = np_right(toks, i + 2, toks.len()) else {
        return Some(i + 1);
    };
    // (`confirmed by police`, `reported by local officials`: common nouns
    // of people or bodies name an agent too; `by hand`, `in part` do not.)
    // (`written by men` is authorship, not what was said.)
    let agent = toks[a..=b].iter().any(|x| x.is_capitalized())
        || (source_like(&toks[a..=b]) || relays::is_plural_people(toks, b))
            && !toks[i].lower.starts_with("writ");
    // (`was shown by the data`; but what is shown or found by a person or
    // a body is a thing: `compassion was shown by Megrahi`, `the film was
    // shown by the BBC`, `evidence was found by police`.)
    let evidence_without_document =
        class == CueClass::Evidence && !toks[b].has(lexicon::DOCUMENT_NOUN);
    if !agent || evidence_without_document || is_time_np(toks, a, b) {
        return Some(i + 1);
    }
    let cue = toks[i].lower.to_string();
    found.push(Found {
        first: a,
        last: b,
        cue,
        cue_tok: i,
        pronoun: false,
        frames: true,
        trailing: false,
    });
    Some(b + 1)
}

/// What follows the cue fits its class: `called` naming is not `called
/// for`; an addition (`added`) needs a clause or a quote after it.
fn complement_fits(toks: &[Token<'_>], i: usize, class: CueClass) -> bool {
    let next = toks.get(i + 1);
    // `only one call that evening`, `call 250 people`: a phone call.
    // (`on a conference call that`: a noun between the article and `call`.)
    let compound = i > 1 && toks[i - 1].is_lowercase_word() && toks[i - 2].has(lexicon::DETERMINER);
    let phone_call = toks[i].lower == "call"
        && (i > 0
            && (toks[i - 1].has(lexicon::DETERMINER)
                || toks[i - 1].has(lexicon::NUMBER_START)
                || toks[i - 1].kind == Kind::Num
                || compound)
            || next.is_some_and(|n| n.kind == Kind::Num));
    match class {
        CueClass::Called => !phone_call && !next.is_none_or(|n| n.has(lexicon::CALL_PARTICLE)),
        // (`the drinking continued, and ...`: a comma before a new clause.)
        CueClass::Addition => {
            let new_clause = lower_at(toks, i + 1) == ","
                && matches!(lower_at(toks, i + 2), "and" | "but" | "or" | "so");
            !new_clause
                && (matches!(lower_at(toks, i + 1), "that" | "" | "\"" | "“" | ":" | ",")
                    || next.is_some_and(|n| n.kind == Kind::Punct)
                    || replies_to_words(toks, i)
                    || setting_then_that(toks, i)
                    || pronoun_clause_follows(toks, i)
                    || after_quotation(toks, i))
        }
        _ => true,
    }
}

/// `admitted in an interview that`, `replied in an even voice that`,
/// `added on Tuesday that`, `adding to CNN: "..."`: a short phrase of place, time, manner or
/// addressee between the verb and its `that` clause. Not a noun that takes
/// the clause itself (`added to fears that`: the fears hold it), and not a
/// demonstrative `that` (`responded with the lawsuit announced that same
/// day`).
fn setting_then_that(toks: &[Token<'_>], i: usize) -> bool {
    let opens = toks.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower,
            "in" | "on" | "at" | "during" | "to" | "over" | "after" | "before" | "for"
        )
    });
    if !opens {
        return false;
    }
    let hi = toks.len().min(i + 10);
    let phrase_end = (i + 2..hi)
        .find(|&k| !(toks[k].is_word() || toks[k].kind == Kind::Num))
        .unwrap_or(hi);
    // `adding to CNN: "I feel no pity"`: the phrase ends at a quotation.
    let quotation = phrase_end > i + 2
        && toks
            .get(phrase_end)
            .is_some_and(|t| t.is_punct(':') || t.is_punct(','))
        && toks.get(phrase_end + 1).is_some_and(is_quote_mark);
    if quotation {
        return true;
    }
    let Some(that) = (i + 3..phrase_end).find(|&k| toks[k].lower == "that") else {
        return false;
    };
    // (`went on to say that`: the clause is the later verb's; `in his
    // remarks that` is a setting, `to fears that` the noun's clause.)
    let noun_takes_it = matches!(toks[i + 1].lower, "to" | "over")
        && (words::REPLY_OBJECT_WORDS.contains(&toks[that - 1].lower)
            || words::CLAUSE_NOUN_WORDS.contains(&toks[that - 1].lower));
    let holds_clause = noun_takes_it || toks[i + 2..that].iter().any(|t| t.cue_class().is_some());
    let demonstrative = toks.get(that + 1).is_none_or(|n| {
        if n.is_word() {
            n.has(lexicon::TIME_UNIT) || n.lower == "same"
        } else {
            !is_quote_mark(n)
        }
    });
    !holds_clause && !demonstrative
}

/// `"...," added his campaign manager`: the verb follows the quotation it
/// reports (the speaker after it, inverted).
fn after_quotation(toks: &[Token<'_>], i: usize) -> bool {
    i >= 2 && toks[i - 1].is_punct(',') && is_quote_mark(&toks[i - 2])
        || i >= 1 && is_quote_mark(&toks[i - 1])
}

/// `conceded he had fallen short`, `admitted they were wrong`: a clause
/// without `that` whose subject is a personal pronoun and whose verb is
/// finite (not `added it to the list`).
fn pronoun_clause_follows(toks: &[Token<'_>], i: usize) -> bool {
    let subject = toks
        .get(i + 1)
        .is_some_and(|t| matches!(t.lower, "he" | "she" | "they" | "we" | "i" | "it"));
    let finite = toks
        .get(i + 2)
        .is_some_and(|t| is_finite_auxiliary(t) || reads_as_past(t));
    subject && finite
}

/// `responded on Sunday to accusations that`, `replied with chants of`:
/// a reply verb whose `to` or `with` (within a few words, no punctuation)
/// takes something said, which makes the reply a statement too.
fn replies_to_words(toks: &[Token<'_>], i: usize) -> bool {
    let reply = ["respond", "repl"]
        .iter()
        .any(|stem| toks[i].lower.starts_with(stem));
    if !reply {
        return false;
    }
    let mut preposition_seen = false;
    for t in toks.iter().skip(i + 1).take(6) {
        if t.kind == Kind::Punct {
            return false;
        }
        if preposition_seen && words::REPLY_OBJECT_WORDS.contains(&t.lower) {
            return true;
        }
        preposition_seen |= matches!(t.lower, "to" | "with");
    }
    false
}

/// `She was quoted as saying`, `He was heard saying`: a gerund after a
/// passive participle (and `as`) is said by the passive's subject, which
/// stands before the form of `be` returned.
fn passive_before_gerund(toks: &[Token<'_>], i: usize) -> Option<usize> {
    let before = i.checked_sub(1)?;
    let mut participle = before.checked_sub(usize::from(toks[before].lower == "as"))?;
    // `was quoted by Reuters as saying`: the agent between.
    if toks[before].lower == "as" {
        let by = (before.saturating_sub(7)..before)
            .rev()
            .take_while(|&k| toks[k].is_word())
            .find(|&k| toks[k].lower == "by");
        if let Some(by) = by.filter(|&b| b > 0) {
            participle = by - 1;
        }
    }
    let p = &toks[participle];
    let passive = p.is_lowercase_word()
        && (p.lower.ends_with("ed") || p.has(lexicon::IRREGULAR_PAST) || p.lower == "seen");
    let be = participle.checked_sub(1)?;
    (passive && toks[be].has(lexicon::BE_FORM)).then_some(be)
}

/// A cue verb: its subject (or the inverted one after it) is the source,
/// unless the subject says otherwise (a unit, first person, a noun reading).
fn verb_cue(
    toks: &[Token<'_>],
    i: usize,
    class: CueClass,
    quotes: &Quotes,
    found: &mut Vec<Found>,
) -> usize {
    let t = &toks[i];
    // `He is saying that`, `The ministry was reporting`: a progressive is
    // a finite verb whose subject stands before the be-form (in the
    // narration: inside a quote, `people are saying` stays the speaker's words).
    let progressive = t.lower.ends_with("ing")
        && i > 0
        && toks[i - 1].has(lexicon::BE_FORM)
        && !quotes.is_inside(i);
    // `began writing op-eds`, `kept saying`: the gerund is the verb's
    // complement, and its subject the verb's.
    let aspectual = t.lower.ends_with("ing")
        && i > 0
        && words::ASPECTUAL_VERB_WORDS.contains(&toks[i - 1].lower);
    let gerund = t.lower.ends_with("ing") && !progressive && !aspectual;
    let (cue, subject_end) = cue_with_medium(toks, i, gerund);
    let subject_end = if progressive || aspectual {
        i - 1
    } else {
        subject_end
    };
    // (`calls Cruz "a conviction candidate"`: after `call` comes the one
    // called, never the caller.)
    if class != CueClass::Called && inverted_sources(toks, i, &cue, gerund, found) {
        return i + 1;
    }
    let Some(subject) = subject_of(toks, i, subject_end, gerund, quotes, found) else {
        // `cited X as saying` without a visible subject still names X.
        if t.lower == "citing" {
            right_sources(toks, i + 1, &cue, i, false, found);
        }
        return i + 1;
    };
    if !subject_speaks(toks, i, class, &subject) {
        return i + 1;
    }
    let same = found
        .iter_mut()
        .find(|f| f.first == subject.first && f.last == subject.last);
    let citing = t.lower == "citing";
    let mut unpushed = None;
    match same {
        // `Officials briefed on the plan said`: a participle inside the
        // subject's clause gave way to the main verb, which is the cue.
        Some(f) if f.cue_tok == f.last + 1 && !gerund && is_participle(&toks[f.cue_tok]) => {
            f.cue = cue.clone();
            f.cue_tok = i;
        }
        Some(_) => {}
        None if !citing => push_subject(toks, i, &cue, gerund, subject, found),
        None => unpushed = Some(subject),
    }
    if t.has(lexicon::RELAY_CUE) && relays_its_object(toks, i) {
        // `Kyodo cited a former senior diplomat ... as saying`, `citing a senior US official`
        let before = found.len();
        right_sources(toks, i + 1, &cue, i, false, found);
        // `endorsed her, citing her "long experience"`: what is cited is
        // no one who speaks, so the one citing is the source.
        if let Some(subject) = unpushed.filter(|_| found.len() == before && cites_a_thing(toks, i))
        {
            push_subject(toks, i, &cue, gerund, subject, found);
        }
    }
    i + 1
}

/// `citing her "long experience"`, `citing "Bill Maher" as his guilty
/// pleasure`: what follows `citing` is a possession or a quoted phrase,
/// not a person or a document that says something.
fn cites_a_thing(toks: &[Token<'_>], i: usize) -> bool {
    toks.get(i + 1)
        .is_some_and(|t| phrases::is_possessive_determiner(t) || quotes::is_open_quote(t, false))
}

/// Whether the object of the relaying verb at `i` is a source: after
/// `citing`, `quoting` it is who was cited (`citing two people familiar
/// with the matter`); after a finite `cited`, `quoted` only when what it
/// said follows (`cited a senior diplomat as saying`, `cited an official
/// sharing the assessment`), since otherwise it is a thing put forward
/// (`cited Mr. Trump's fondness for Putin as a danger`, `Frank cites the
/// union's support`).
fn relays_its_object(toks: &[Token<'_>], i: usize) -> bool {
    if toks[i].lower.ends_with("ing") {
        return true;
    }
    let gerund_after = np_right(toks, i + 1, toks.len()).is_some_and(|(_, b)| {
        toks.get(b + 1)
            .is_some_and(|g| g.is_lowercase_word() && g.lower.ends_with("ing"))
    });
    if gerund_after {
        return true;
    }
    let end = toks.len().min(i + 30);
    (i + 1..end)
        .take_while(|&k| !toks[k].is_punct('.') && !toks[k].is_punct(';'))
        .any(|k| {
            toks[k].lower == "as"
                && toks.get(k + 1).is_some_and(|g| {
                    g.lower == "having" || g.lower.ends_with("ing") && g.has(CUE_ANY)
                })
        })
}

/// The cue and where its subject ends: `Zelenskyy in a statement said`
/// has cue `in a statement said` and the subject before `in`.
fn cue_with_medium(toks: &[Token<'_>], i: usize, gerund: bool) -> (String, usize) {
    let t = &toks[i];
    let medium = i >= 3
        && toks[i - 3].lower == "in"
        && toks[i - 2].has(lexicon::STATEMENT_DETERMINER)
        && toks[i - 1].has(lexicon::STATEMENT_MEDIUM)
        && !gerund;
    if medium {
        (
            format!("in {} {} {}", toks[i - 2].lower, toks[i - 1].lower, t.lower),
            i - 3,
        )
    } else {
        (t.lower.to_string(), i)
    }
}

/// Inversion: `"...," said Senate Majority Leader Harry Reid.` True when
/// sources were found after the cue.
fn inverted_sources(
    toks: &[Token<'_>],
    i: usize,
    cue: &str,
    gerund: bool,
    found: &mut Vec<Found>,
) -> bool {
    let after_break = i > 0
        && (toks[i - 1].is_punct(',') || is_quote_mark(&toks[i - 1]) || toks[i - 1].is_punct('—'));
    // `..., the minister, 61, told a local radio host`: who is told is the
    // addressee, never the speaker (CLAIMS.md).
    let addressee_follows = matches!(
        cue,
        "told" | "tells" | "tell" | "informed" | "assured" | "briefed"
    );
    if !after_break || gerund || addressee_follows || singular_after_base_form(toks, i) {
        return false;
    }
    let before = found.len();
    right_sources(toks, i + 1, cue, i, true, found).is_some() && found.len() > before
}

/// A cue word in its base form (`say`, `state`, `call`), which is no past.
fn is_base_form(t: &Token<'_>) -> bool {
    crate::cue_verbs::is_lemma(t.lower) && !t.has(lexicon::IRREGULAR_PAST)
}

/// `"...," say experts` inverts a plural subject; a cue in its base form
/// before a singular phrase is no such verb (`"...," state Senate leader
/// Phil Berger, a Republican, said`: `state` modifies).
fn singular_after_base_form(toks: &[Token<'_>], i: usize) -> bool {
    if !is_base_form(&toks[i]) {
        return false;
    }
    let plural = |k: usize| relays::may_be_plural_noun(&toks[k]) || toks[k].lower == "and";
    let Some((a, b)) = np_right(toks, i + 1, toks.len()) else {
        return false;
    };
    !(a..=b).any(plural) && lower_at(toks, b + 1) != "and"
}

/// The subject of the cue verb at `i`, its own or one it shares.
fn subject_of(
    toks: &[Token<'_>],
    i: usize,
    subject_end: usize,
    gerund: bool,
    quotes: &Quotes,
    found: &[Found],
) -> Option<Found> {
    let prev = i.checked_sub(1).map(|p| &toks[p]);
    // `Nefzi said, adding`: the speaker of the verb just before the comma.
    let said_before = found.iter().find(|f| f.cue_tok + 2 == i);
    if let Some(f) = said_before.filter(|_| gerund && prev.is_some_and(|t| t.is_punct(','))) {
        return Some(found_np(f.first, f.last, f.pronoun));
    }
    if let Some(k) = infinitive_subject_end(toks, i) {
        return subject_left(toks, k, quotes);
    }
    // `The bank ended its meeting by announcing`, `he faces doubts after
    // saying`: a gerund after a preposition is the main clause subject's.
    let adverbial_gerund = gerund
        && prev.is_some_and(|t| {
            matches!(
                t.lower,
                "by" | "after" | "before" | "while" | "in" | "since"
            )
        });
    if adverbial_gerund {
        // Not inside a relative clause (`the candidate who launched his
        // campaign by declaring`): that is the relative's antecedent's.
        let in_relative = |f: &Found| {
            toks[f.last + 1..i]
                .iter()
                .any(|t| matches!(t.lower, "who" | "which" | "whom"))
        };
        return found.first().cloned().or_else(|| {
            sentence_subject(toks, i)
                .filter(|f| f.last < i && !in_relative(f))
                .filter(|f| !is_first_or_second_person(&toks[f.first..=f.last]))
        });
    }
    if let Some(be) = gerund.then(|| passive_before_gerund(toks, i)).flatten() {
        return subject_left(toks, be, quotes);
    }
    let own = subject_left(toks, subject_end, quotes)
        .and_then(|s| settle_own_subject(toks, s, subject_end, gerund));
    if let Some(s) = own {
        let sender = gerund.then(|| sender_of_sent_words(toks, &s, quotes));
        return sender.flatten().or(Some(s));
    }
    // (`hailed the vote as “fantastic,” telling`: the quote closes first.)
    let after_comma = prev.is_some_and(|t| t.is_punct(','))
        || i >= 2 && quotes::is_quote_mark(&toks[i - 1]) && toks[i - 2].is_punct(',')
        || coordinated_participle(toks, i);
    if gerund && after_comma {
        // `He called for support ..., saying`: the subject of the main clause.
        return found.first().cloned().or_else(|| sentence_subject(toks, i));
    }
    // (past the verb's auxiliaries, `... but has said`, and a time, `...
    // but on Tuesday wrote`)
    let setting_start = time_setting_before(toks, subject_end).unwrap_or(subject_end);
    let before_verb = toks[..setting_start]
        .iter()
        .rev()
        .find(|t| !is_aux_or_adverb(t))
        .filter(|_| !gerund);
    if before_verb.is_some_and(|t| t.is_punct(';') || matches!(t.lower, "and" | "but")) {
        // `NASA celebrates ...; announces new homes`: a verb coordinated
        // with an earlier one shares the sentence's subject.
        return shared_subject(toks, i);
    }
    None
}

/// Where a time setting that ends at `end` (exclusive) starts: `on
/// Tuesday`, `last week`, `in March 2016`.
fn time_setting_before(toks: &[Token<'_>], end: usize) -> Option<usize> {
    (end.saturating_sub(4)..end.saturating_sub(1)).find(|&k| {
        let opens = matches!(
            toks[k].lower,
            "on" | "in" | "at" | "during" | "last" | "this" | "next" | "earlier"
        );
        opens && k + 1 < end && is_time_np(toks, k + 1, end - 1)
    })
}

/// `She sent an email saying`, `He sent a memo to The Washington Post in
/// April explaining`, `He wrote a letter to the editor arguing`: a gerund
/// after what a verb of sending sent (and to whom) is the sender's, the
/// subject of that verb; where `s` (the phrase before the gerund) is that
/// object or its addressee.
fn sender_of_sent_words(toks: &[Token<'_>], s: &Found, quotes: &Quotes) -> Option<Found> {
    // Back over the phrase's determiner and modifiers (`a fundraising email`).
    let opening = |from: usize| {
        let mut k = from;
        let modifier = |t: &Token<'_>| {
            t.has(lexicon::DETERMINER)
                || t.is_punct('-') && !t.space_before
                || (t.is_lowercase_word() || t.is_num())
                    && !is_function(t)
                    && !words::SENDING_VERB_WORDS.contains(&t.lower)
        };
        while k > 0 && from - k < 6 && modifier(&toks[k - 1]) {
            k -= 1;
        }
        k
    };
    let mut k = opening(s.first);
    if k > 0 && toks[k - 1].lower == "to" {
        let (a, _) = np_left(toks, k - 1)?;
        k = opening(a);
    }
    let verb = k.checked_sub(1)?;
    if !words::SENDING_VERB_WORDS.contains(&toks[verb].lower) {
        return None;
    }
    subject_left(toks, verb, quotes).filter(|f| f.last < verb)
}

/// Words before a gerund that cannot be who speaks: one bare lower-case
/// singular word (`live reporting`: a subject needs a determiner, a plural
/// or a name), or a phrase opened by the writer's own possessive (`my
/// normal reporting post`).
fn names_no_one(toks: &[Token<'_>], s: &Found) -> bool {
    let np = &toks[s.first..=s.last];
    // (`A married couple also claiming`: the article before a modifier;
    // `@realDonaldTrump claiming`: a handle.)
    let determined = toks[s.first.saturating_sub(2)..s.first]
        .iter()
        .any(|t| t.has(lexicon::DETERMINER) || t.is_punct('@'));
    let bare = np.len() == 1
        && np[0].is_lowercase_word()
        && !np[0].lower.ends_with('s')
        && !determined
        && !source_like(np);
    let own = |t: &Token<'_>| matches!(t.lower, "my" | "our" | "your");
    bare || own(&np[0]) || s.first > 0 && own(&toks[s.first - 1])
}

/// The subject the walk left of the cue found, settled: `a White House
/// official who spoke anonymously to discuss strategy said` (what the walk
/// found ends a relative clause; the subject is the phrase the clause
/// qualifies), and what a gerund's left neighbour cannot be.
fn settle_own_subject(
    toks: &[Token<'_>],
    s: Found,
    subject_end: usize,
    gerund: bool,
) -> Option<Found> {
    if !s.pronoun && !gerund && !source_like(&toks[s.first..=s.last]) {
        let antecedent = relative_clause_antecedent(toks, subject_end)
            // (`which friends described`: the clause's own subject; an
            // antecedent is before the subject it replaces.)
            .filter(|r| {
                r.last < s.first
                    && !toks[r.last + 1..s.first]
                        .iter()
                        .all(|t| matches!(t.lower, "who" | "which" | ","))
            });
        return Some(antecedent.unwrap_or(s));
    }
    if gerund && !s.pronoun && names_no_one(toks, &s) {
        // `my normal reporting post`, `live reporting`: a gerund right
        // after words that name no one is a noun or its modifier.
        return None;
    }
    if gerund && is_time_np(toks, s.first, s.last) {
        // `sent a fundraising email Wednesday saying`: a time is no
        // speaker; the phrase before it is.
        return np_left(toks, s.first).map(|(a, b)| found_np(a, b, false));
    }
    Some(s)
}

/// `a study by economists Peter Schott and Justin Pierce`: a document's
/// authors joined by `and` are one source with it; where the phrase
/// `a..=b` then ends.
fn more_authors(toks: &[Token<'_>], a: usize, b: usize) -> Option<usize> {
    let authored =
        (a + 1..=b).any(|k| toks[k].lower == "by" && toks[k - 1].has(lexicon::DOCUMENT_NOUN));
    if !(authored && lower_at(toks, b + 1) == "and") {
        return None;
    }
    np_right(toks, b + 2, toks.len()).map(|(_, end)| end)
}

/// The noun phrase a relative clause ending at `end` (exclusive) qualifies:
/// `some voters who have listened to his speeches ..., said`, `Another
/// Muslim who worshiped here and who did not want to be named said`. The
/// nearest `who` or `which` with a source-like phrase before it, within
/// the clause (no quote mark, colon or semicolon between).
fn relative_clause_antecedent(toks: &[Token<'_>], end: usize) -> Option<Found> {
    let from = end.saturating_sub(30);
    for k in (from + 1..end).rev() {
        let t = &toks[k];
        if is_quote_mark(t) || t.is_punct(':') || t.is_punct(';') {
            return None;
        }
        if !matches!(t.lower, "who" | "which" | "whose") {
            continue;
        }
        // `... and who did not want to be named`: the first of the
        // coordinated clauses has the phrase.
        if toks[k - 1].lower == "and" {
            continue;
        }
        // A clause set off by a comma closes with one before the verb.
        let set_off = toks[k - 1].is_punct(',');
        if set_off && !toks[end - 1].is_punct(',') {
            return None;
        }
        let before = if set_off { k - 1 } else { k };
        let (a, b) = np_left(toks, before)?;
        let qualified = source_like(&toks[a..=b]) && !is_first_or_second_person(&toks[a..=b]);
        return qualified.then(|| found_np(a, b, false));
    }
    None
}

/// `took to Twitter to say`, `went on Fox News to argue`: the subject
/// took to a medium (one to three capitalised words) to speak; where the
/// verb of going stands.
fn medium_before_infinitive(toks: &[Token<'_>], i: usize) -> Option<usize> {
    if i < 5 || toks[i - 1].lower != "to" {
        return None;
    }
    let mut j = i - 1;
    while j > 0 && i - 1 - j < 3 && toks[j - 1].is_capitalized() {
        j -= 1;
    }
    let (preposition, verb) = (j.checked_sub(1)?, j.checked_sub(2)?);
    let took_to = matches!(toks[verb].lower, "took" | "takes" | "take" | "taking")
        && toks[preposition].lower == "to";
    let went_on = matches!(toks[verb].lower, "went" | "goes" | "go" | "going")
        && toks[preposition].lower == "on";
    (j < i - 1 && (took_to || went_on)).then_some(verb)
}

/// `Yellen is likely to stress`, `Trump was quick to add`, `Clinton has
/// tried to explain`: where the subject of the predicate an infinitive cue
/// completes ends (past its auxiliaries); `None` for any other cue or a
/// negated predicate (`is not likely to say`).
fn infinitive_subject_end(toks: &[Token<'_>], i: usize) -> Option<usize> {
    // `is reported to have said`: a perfect infinitive after a verb of
    // report in the passive, whose subject said it.
    let perfect = i >= 4
        && toks[i - 1].lower == "have"
        && toks[i - 2].lower == "to"
        && words::RAISING_PASSIVE_WORDS.contains(&toks[i - 3].lower)
        && toks[i - 4].has(lexicon::BE_FORM);
    let i = if perfect { i - 1 } else { i };
    let governed = i >= 2
        && toks[i - 1].lower == "to"
        && (words::INFINITIVE_GOVERNOR_WORDS.contains(&toks[i - 2].lower) || perfect);
    let mut k = if governed {
        // `went on to say`
        let k = if toks[i - 2].lower == "on" {
            i - 3
        } else {
            i - 2
        };
        if toks[i - 2].lower == "on"
            && !matches!(toks.get(k).map(|t| t.lower), Some("went" | "goes" | "go"))
        {
            return None;
        }
        k
    } else {
        medium_before_infinitive(toks, i)?
    };
    // `are slightly more likely to say`, `appeared less likely to describe`
    let copula_or_degree = |t: &Token<'_>| {
        matches!(
            t.lower,
            "more"
                | "less"
                | "most"
                | "least"
                | "seem"
                | "seems"
                | "seemed"
                | "appear"
                | "appears"
                | "appeared"
        )
    };
    while k > 0
        && (toks[k - 1].has(lexicon::BE_FORM)
            || is_aux_or_adverb(&toks[k - 1])
            || copula_or_degree(&toks[k - 1]))
    {
        k -= 1;
    }
    let negated = toks[k..i].iter().any(|t| t.has(lexicon::NEGATION));
    (!negated).then_some(k)
}

/// Whether `subject` can be the source of the cue at `i`.
fn subject_speaks(toks: &[Token<'_>], i: usize, class: CueClass, subject: &Found) -> bool {
    // `cited reports that`: a verb form that is never a noun heads no
    // subject (`reports` is the object of `cited` there).
    let verb_head = &toks[subject.last];
    if !subject.pronoun
        && verb_head.is_lowercase_word()
        && verb_head.cue_class().is_some()
        && !verb_head.has(lexicon::AMBIGUOUS_CUE)
    {
        return false;
    }
    // `Perhaps most telling, though, were`: a gerund after a degree word
    // is an adjective.
    let degree = i > 0 && matches!(toks[i - 1].lower, "most" | "more" | "very" | "so" | "less");
    if degree && toks[i].lower.ends_with("ing") {
        return false;
    }
    // The phrase before its appositions (`Executives for Mondelez, which
    // grew last year,`): what it ends on says what it is.
    let head_end = (subject.first..=subject.last)
        .find(|&k| toks[k].is_punct(','))
        .map_or(subject.last, |c| c.saturating_sub(1).max(subject.first));
    let last = &toks[head_end];
    let head = last.lower;
    // `6 times expected earnings`, `two years estimated`: a unit says nothing.
    // A share of people who speak, believe or call is a poll's respondents
    // (`47 percent said`, `Twenty-four percent believe`, `64 percent call
    // him competent`).
    // (`9 percent found it to be a deterrent`: respondents who find judge.)
    let finds = matches!(toks[i].lower, "find" | "found" | "finds");
    let respondents = last.has(lexicon::PERCENT_WORD)
        && (matches!(
            class,
            CueClass::Speech | CueClass::Belief | CueClass::Called
        ) || finds)
        && head_end > subject.first;
    let respondents_find = respondents && finds;
    let unit = !respondents
        && (last.has(lexicon::TIME_UNIT | lexicon::MEASURE_UNIT | lexicon::PERCENT_WORD)
            || head == "times");
    if last.is_lowercase_word() && unit {
        return false;
    }
    // `data from the statistics office showed`: the phrase's head, before its prepositions.
    let np_head = head_part(&toks[subject.first..=subject.last])
        .last()
        .map_or(head, |t| t.lower);
    let names_document = lexicon::is_document_noun(head) || lexicon::is_document_noun(np_head);
    // `double the number reported the year before`, `the 312 cases
    // reported since January`: a quantity is what was reported, never who
    // reported it.
    if words::REPORTED_QUANTITY_WORDS.contains(&np_head) && !names_document {
        return false;
    }
    // `Clinton suggested`, `she suggests`: a person who suggests speaks.
    let person_suggests = (toks[i].lower.starts_with("suggest") || toks[i].lower == "indicated")
        && names_person(&toks[subject.first..=head_end], subject.first == 0);
    if class == CueClass::Evidence
        && !(names_document
            || person_suggests
            || respondents_find
            || lower_at(toks, i + 1) == "that")
    {
        return false;
    }
    if is_first_or_second_person(&toks[subject.first..=subject.last]) {
        return false;
    }
    if class == CueClass::Addition && adds_no_words(toks, i, subject) {
        return false;
    }
    if negated(toks, i) {
        return false;
    }
    !toks[i].has(lexicon::AMBIGUOUS_CUE) || verb_reading(toks, i, subject)
}

/// `The fighting continued.`, `if the war continued, prices`: an addition
/// verb that ends its clause adds no words of its own. At the end of a
/// sentence it tags the words before it (`The plan is dead, he added.`,
/// `"...," she continued.`, `as Smith observed.`); before a comma it does
/// so unless a subordinator makes it a clause of condition or time (`as`
/// is left out: `as Smith observed, the victor was`).
fn adds_no_words(toks: &[Token<'_>], i: usize, subject: &Found) -> bool {
    // (The source leaves its determiner out: `the war` is `war`.)
    let before = toks[..subject.first]
        .iter()
        .rev()
        .find(|t| !t.has(lexicon::DETERMINER));
    let tags_words_before = before.is_some_and(|b| b.kind == Kind::Punct || b.lower == "as");
    let subordinate =
        before.is_some_and(|b| b.lower != "as" && words::SUBORDINATOR_WORDS.contains(&b.lower));
    match toks.get(i + 1) {
        None => !tags_words_before,
        Some(n) if n.is_punct(',') => subordinate,
        Some(n) if n.is_punct('.') || n.is_punct('?') || n.is_punct('!') => !tags_words_before,
        Some(_) => false,
    }
}

/// `ads in swing states`, `across key battleground states`: the cue word
/// ends a prepositional phrase whose other words are bare modifiers (no
/// determiner, no plural, none a noun that could speak: `a memo by staff
/// states` is a verb), so it is the phrase's noun.
fn ends_prepositional_phrase(toks: &[Token<'_>], i: usize) -> bool {
    // (A plural is a head: `half of voters say`, `critics of crackdowns say`.)
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("us") && !w.ends_with("ss");
    let modifier = |t: &Token<'_>| {
        t.is_lowercase_word()
            && !plural(t.lower)
            && !is_function(t)
            && !t.has(lexicon::DETERMINER | lexicon::PERSON_WORD | lexicon::ORG_WORD)
            && !t.has(lexicon::DOCUMENT_NOUN | lexicon::SOURCE_NOUN)
    };
    let modifiers = toks[..i]
        .iter()
        .rev()
        .take_while(|t| modifier(t))
        .take(3)
        .count();
    modifiers > 0
        && i > modifiers
        && matches!(
            toks[i - modifiers - 1].lower,
            "in" | "across" | "of" | "for" | "at" | "from" | "on" | "into" | "among" | "between"
        )
}

/// A phrase that names a person: a personal pronoun, a people noun, or a
/// name that is no document or body (one capitalised word opening the
/// sentence may be any word: `Growth suggests`).
fn names_person(np: &[Token<'_>], opens_sentence: bool) -> bool {
    let pronoun = np.len() == 1 && matches!(np[0].lower, "he" | "she" | "they");
    let people = np
        .iter()
        .any(|t| t.has(lexicon::PERSON_WORD | lexicon::SOURCE_NOUN));
    let name = np.iter().all(|t| t.is_capitalized() || t.is_punct('.'))
        && !(opens_sentence && np.len() == 1)
        && !np
            .iter()
            .any(|t| is_function(t) || t.has(lexicon::DOCUMENT_NOUN | lexicon::ORG_WORD));
    pronoun || people || name
}

/// `she doesn't think`, `officials did not say`: a negation among the
/// auxiliaries and adverbs just before the cue; a negated cue reports no
/// claim. (A negation further left belongs to another phrase: `She blamed
/// ..., not on his religion, and said`.)
fn negated(toks: &[Token<'_>], cue: usize) -> bool {
    toks[..cue]
        .iter()
        .rev()
        .take_while(|t| is_aux_or_adverb(t))
        .any(|t| t.has(lexicon::NEGATION))
}

/// Record `subject` as the cue's source, and the conjuncts coordinated
/// before it as others (`Senate Democrats and Republicans believe`).
fn push_subject(
    toks: &[Token<'_>],
    i: usize,
    cue: &str,
    gerund: bool,
    subject: Found,
    found: &mut Vec<Found>,
) {
    let trailing = !gerund
        && at_clause_end(toks, i + 1 + time_phrase_after(toks, i + 1))
        && subject.first > 0
        && found.iter().any(|f| f.first < subject.first);
    let mut subject = subject;
    // (`Sanders and his aides believe`: a possessed phrase is a conjunct too.)
    let possessed = subject.pronoun && subject.first < subject.last;
    if !subject.pronoun || possessed {
        for (first, last, pronoun) in conjuncts_before(toks, i, &mut subject, found) {
            found.push(Found {
                first,
                last,
                cue: cue.to_string(),
                cue_tok: i,
                pronoun,
                frames: !trailing,
                trailing,
            });
        }
    }
    found.push(Found {
        cue: cue.to_string(),
        cue_tok: i,
        frames: !trailing,
        trailing,
        ..subject
    });
}

/// The conjuncts coordinated before `subject`, each a separate source:
/// `Reuters and the BBC`, `Neither the police nor the army`, `the mayor as
/// well as the governor`, `Smith, Jones and Brown` (a list opening the
/// sentence), `He and his lawyer`. A first conjunct that modifies the head
/// both share, or a place that continues a prepositional phrase
/// (`Officials in Paris and Berlin`), widens `subject` instead.
fn conjuncts_before(
    toks: &[Token<'_>],
    cue: usize,
    subject: &mut Found,
    found: &[Found],
) -> Vec<(usize, usize, bool)> {
    // The article of the second conjunct is not part of its phrase.
    let before = articles_before(toks, subject.first);
    let Some(conjunction) = conjunction_before(toks, before) else {
        return Vec::new();
    };
    // `... falling for years and the government says`: a verb in the
    // singular has one subject; the `and` joins clauses.
    if toks[conjunction].lower == "and" && singular_verb(toks, cue) {
        return Vec::new();
    }
    if conjunction > 0 && matches!(toks[conjunction - 1].lower, "he" | "she" | "they") {
        let k = conjunction - 1;
        return vec![(k, k, true)];
    }
    let conjunct = np_left(toks, conjunction);
    if let Some(people) = conjunct.and_then(|(a, b)| people_of_a_place(toks, a, b, subject)) {
        subject.first = people;
        return Vec::new();
    }
    // (A name may make a longer first conjunct: `State Senate leader Phil
    // Berger and House Speaker Tim Moore said`.)
    let near = |a: usize, b: usize| {
        a + 4 >= conjunction || toks[b].is_capitalized() && a + 7 >= conjunction
    };
    let Some((a, b)) = conjunct.filter(|&(a, b)| near(a, b)) else {
        return Vec::new();
    };
    if !separate_conjunct(toks, found, a, b) || two_roles_of_one(toks, b, subject, before) {
        return Vec::new();
    }
    // `the country's search and rescue agency`: a first conjunct that
    // names no one modifies the head both share; after an article it is
    // no conjunct (`fell for years and the agency said`).
    if !source_like(&toks[a..=b]) && !relays::is_plural_people(toks, b) {
        let modifiers = toks[b].is_lowercase_word() && toks[subject.first].is_lowercase_word();
        if before == subject.first && modifiers {
            subject.first = a;
        }
        return Vec::new();
    }
    if one_body_name(toks, a, b, subject, before) {
        subject.first = a;
        return Vec::new();
    }
    if let Some(name) = (a == b).then(|| phrase_before_a_list(toks, a)).flatten() {
        subject.first = name;
        return Vec::new();
    }
    if modifies_shared_head(toks, a, b, subject, before) || continues_place(toks, a, b, subject) {
        subject.first = a;
        return Vec::new();
    }
    let mut conjuncts = vec![(a, b, false)];
    conjuncts.extend(opening_list_items(toks, found, a));
    conjuncts
}

/// A phrase `a..=b` that may be a conjunct of its own: no comma inside,
/// no source already found there, not a preposition's object.
fn separate_conjunct(toks: &[Token<'_>], found: &[Found], a: usize, b: usize) -> bool {
    !toks[a..=b].iter().any(|x| x.is_punct(','))
        && !found.iter().any(|f| f.first <= b && a <= f.last)
        && !object_of_preposition(toks, a)
}

/// `Smith, Jones and Brown all said`: the items of a list that opens the
/// sentence, before the first conjunct at `a` (not an opening adverbial:
/// `Yesterday, Jones and Brown said`).
fn opening_list_items(toks: &[Token<'_>], found: &[Found], a: usize) -> Vec<(usize, usize, bool)> {
    let opener = opening_adverbial_end(toks);
    let item = |x: usize, y: usize, comma: usize| {
        x + 4 >= comma
            && separate_conjunct(toks, found, x, y)
            && source_like(&toks[x..=y])
            && !is_time_np(toks, x, y)
            && !is_opening_adverbial(&toks[x])
            && opener != Some(comma)
    };
    let mut items = Vec::new();
    let mut first = a;
    while first >= 2 && toks[first - 1].is_punct(',') {
        match np_left(toks, first - 1).filter(|&(x, y)| item(x, y, first - 1)) {
            Some((x, y)) => {
                items.push((x, y, false));
                first = x;
            }
            None => break,
        }
    }
    if opens_sentence(toks, articles_before(toks, first)) {
        items
    } else {
        Vec::new()
    }
}

/// The verb at `cue` agrees with a singular subject: `says`, `has said`,
/// `is reporting` (not `was`, which `I` shares).
fn singular_verb(toks: &[Token<'_>], cue: usize) -> bool {
    let t = &toks[cue];
    let s_form = t.lower.ends_with('s') && !t.lower.ends_with("ss") && t.cue_class().is_some();
    let auxiliary = toks[..cue]
        .iter()
        .rev()
        .find(|x| !is_ly_adverb(x))
        .is_some_and(|x| matches!(x.lower, "has" | "is" | "does"));
    s_form || auxiliary
}

/// Where the conjunction before token `at` starts: `and`, `nor`, `as well
/// as`.
fn conjunction_before(toks: &[Token<'_>], at: usize) -> Option<usize> {
    let word = |k: usize| at.checked_sub(k).map(|p| toks[p].lower);
    match (word(3), word(2), word(1)) {
        (Some("as"), Some("well"), Some("as")) => Some(at - 3),
        (_, _, Some("and" | "nor")) if at >= 2 => Some(at - 1),
        _ => None,
    }
}

/// Only quote marks or a conjunction before token `k`: it opens the sentence.
fn opens_sentence(toks: &[Token<'_>], k: usize) -> bool {
    toks[..k]
        .iter()
        .all(|t| is_quote_mark(t) || matches!(t.lower, "but" | "and" | "so"))
}

/// `Observers from the African Union and the European Union said`,
/// `Experts at the university and the hospital`: a first conjunct of
/// people and a preposition (`from`, `at`, `of`, `with`) takes the second
/// conjunct as its object too, unless that names people of its own
/// (`Residents of the town and police said`: two); where the one source
/// then starts.
fn people_of_a_place(toks: &[Token<'_>], a: usize, b: usize, subject: &Found) -> Option<usize> {
    let preposition =
        (a + 1..b).find(|&k| matches!(toks[k].lower, "from" | "at" | "of" | "with"))?;
    let people = |k: usize| {
        toks[k].has(lexicon::PERSON_WORD | lexicon::SOURCE_NOUN)
            || relays::is_plural_people(toks, k)
    };
    let second_people = (subject.first..=subject.last).any(people);
    (people(preposition - 1) && !second_people).then_some(a)
}

/// `Officials in Paris and Berlin said`: a bare name after `and` is a
/// second object of the preposition that the first conjunct ends with,
/// not a second speaker.
fn continues_place(toks: &[Token<'_>], a: usize, b: usize, subject: &Found) -> bool {
    let bare_name = subject.first == subject.last
        && toks[subject.first].is_capitalized()
        && !toks[subject.first].has(lexicon::PERSON_WORD | lexicon::ORG_WORD);
    let ends_in_prepositional_phrase = toks[b].is_capitalized()
        && b >= a + 2
        && toks[a + 1..b]
            .iter()
            .any(|t| matches!(t.lower, "in" | "of" | "from" | "at"));
    bare_name && ends_in_prepositional_phrase
}

/// `GOP presidential contender and former neurosurgeon Ben Carson`: two
/// roles of one named person, not two sources. The first conjunct ends
/// at `b` in a singular role noun; the subject (no article of its own,
/// `before` is its first token) opens with a lower-case role and ends in
/// a name. (`Reuters and the BBC`, `lawyers and doctors` stay two.)
fn two_roles_of_one(toks: &[Token<'_>], b: usize, subject: &Found, before: usize) -> bool {
    let role = &toks[b];
    let singular_role = role.is_lowercase_word() && !role.lower.ends_with('s');
    let opens_lower = toks[subject.first].is_lowercase_word();
    let ends_in_name = toks[subject.last].is_capitalized();
    singular_role && opens_lower && ends_in_name && before == subject.first
}

/// `the Food and Drug Administration`, `the House Transportation and
/// Infrastructure Committee`: capitalised words joined by `and` under one
/// article, ending in a body's word that the first part lacks, are one
/// name. (`Reuters and the BBC` has two articles, `the FBI and Justice
/// Department` an acronym first, `the White House and State Department` a
/// body's word in both; `Procter and Gamble` stays two, as nothing shows
/// it is one.)
fn one_body_name(toks: &[Token<'_>], a: usize, b: usize, subject: &Found, before: usize) -> bool {
    let first_part = &toks[a..=b];
    let name_part = |t: &Token<'_>| t.is_capitalized() && !is_acronym(t);
    a > 0
        && toks[a - 1].lower == "the"
        && before == subject.first
        && first_part.iter().all(name_part)
        && !toks[b].has(lexicon::ORG_WORD)
        && toks[subject.first..=subject.last].iter().all(name_part)
        && toks[subject.last].has(lexicon::ORG_WORD)
}

/// `the Bureau of Alcohol, Tobacco and Firearms`, `Officials from France,
/// Germany and Britain`: capitalised words listed after a preposition
/// continue the phrase before it (`a`, one word, is the item before the
/// subject, the last one); where that phrase starts.
fn phrase_before_a_list(toks: &[Token<'_>], a: usize) -> Option<usize> {
    // (Not past the comma of an opening phrase: `Speaking in Paris, Smith
    // and Jones said`.)
    let opener = opening_adverbial_end(toks);
    let mut start = a;
    while start >= 2 && toks[start - 1].is_punct(',') && toks[start - 2].is_capitalized() {
        if opener == Some(start - 1) {
            return None;
        }
        start -= 2;
    }
    let preposition = start
        .checked_sub(1)
        .filter(|&k| matches!(toks[k].lower, "of" | "in" | "from" | "at"))?;
    np_left(toks, preposition).map(|(first, _)| first)
}

/// `Minority and women voters`, `black and Hispanic voters`: a one-word
/// first conjunct that is no plural of its own modifies the head the two
/// share; one source. (`Democrats and Republicans`, `the mayor and
/// Governor Jerry Brown` stay two.)
fn modifies_shared_head(
    toks: &[Token<'_>],
    a: usize,
    b: usize,
    subject: &Found,
    before: usize,
) -> bool {
    let head = &toks[subject.last];
    let plural_head = head.is_lowercase_word() && head.lower.ends_with('s');
    a == b
        && !toks[a].lower.ends_with('s')
        && before == subject.first
        && subject.last > subject.first
        && plural_head
}

/// The phrase starting at `a` follows a preposition (articles between):
/// `in the polls and the survey data showing` — `polls` is not a subject.
pub(super) fn object_of_preposition(toks: &[Token<'_>], a: usize) -> bool {
    let k = articles_before(toks, a);
    k > 0
        && matches!(
            toks[k - 1].lower,
            "in" | "of"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "to"
                | "about"
                | "over"
                | "into"
        )
}

/// How many lower-case words that are no function words stand right
/// before token `i`, up to `most`: a noun phrase's modifiers and head.
fn common_words_before(toks: &[Token<'_>], i: usize, most: usize) -> usize {
    toks[..i]
        .iter()
        .rev()
        .take(most)
        .take_while(|t| t.is_lowercase_word() && !t.has(lexicon::FUNCTION_WORD))
        .count()
}

/// `on a conference call that`, `a news report`: a cue word in its base
/// form after a noun phrase opened by a singular determiner is the
/// phrase's head noun; a verb would agree (`a spokesman says`).
fn singular_np_before_base_form(toks: &[Token<'_>], i: usize) -> bool {
    let nouns = common_words_before(toks, i, 3);
    let determiner = (nouns > 0 && i > nouns).then(|| i - nouns - 1);
    // (`voters in each state say`: a phrase after a preposition is no
    // subject; the verb is the head's before it.)
    let after_preposition = determiner.is_some_and(|d| {
        d > 0 && toks[d - 1].is_lowercase_word() && toks[d - 1].has(lexicon::FUNCTION_WORD)
    });
    determiner.is_some_and(|d| matches!(toks[d].lower, "a" | "an" | "each" | "every" | "another"))
        && !after_preposition
        && is_base_form(&toks[i])
}

/// `its full-year forecast`, `a previous estimate`, `the report`: the word
/// at `i` ends a noun phrase opened by a determiner, with only modifiers
/// (adjectives, participles, hyphenated compounds) between, so it is the
/// phrase's head noun, not a verb.
pub(super) fn heads_determined_np(toks: &[Token<'_>], i: usize) -> bool {
    let mut k = i;
    while k > 0 {
        let t = &toks[k - 1];
        if t.has(lexicon::DETERMINER) {
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
    t.has(lexicon::PRENOMINAL_MODIFIER) || w.len() > 4 && (w.ends_with("ous") || w.ends_with("ed"))
}

/// A cue word that can be a noun reads as a verb when a clause or object
/// follows it (`states that`, `claims Russia`, `shows:`, `notes, "..."`),
/// or when its subject is a pronoun or a plural (`they say`). A noun ends
/// its phrase: `in five states Tuesday`, `his home state.`, `the first four
/// states - Iowa`, `caucus states, and`.
pub(super) fn verb_reading(toks: &[Token<'_>], i: usize, subject: &Found) -> bool {
    if ends_prepositional_phrase(toks, i) {
        return false;
    }
    let next = toks.get(i + 1);
    let quote_follows = |k: usize| toks.get(k).is_some_and(quotes::is_quote_mark);
    let clause_follows = next.is_some_and(|n| {
        n.is_punct(':')
            || quotes::is_quote_mark(n)
            || n.is_punct(',') && quote_follows(i + 2)
            || n.has(lexicon::CLAUSE_OPENER)
            || opens_with_contraction(n)
    });
    // (`show` only: `states`, `reports`, `claims` are nouns as often as not.)
    let clause_follows =
        clause_follows || toks[i].lower.starts_with("show") && finite_clause_follows(toks, i);
    let capital_follows =
        next.is_some_and(|n| n.is_capitalized() && !n.has(lexicon::WEEKDAY | lexicon::MONTH));
    // `..., the Chicago Tribune reports.`, `The trouble, Frank notes, began`:
    // set off by commas, the cue closes an attribution, not a noun phrase.
    let before = toks[..subject.first]
        .iter()
        .rev()
        .find(|t| !matches!(t.lower, "the" | "a" | "an"));
    let set_off = before.is_some_and(|t| t.is_punct(',') || quotes::is_quote_mark(t))
        && next.is_none_or(|n| n.is_punct(',') || n.is_punct('.'));
    // The head before the phrase's prepositions (`Members of the family
    // say`); after a partitive, what it is a part of (`half of voters in
    // each state say`).
    let np = &toks[subject.first..=subject.last];
    let head_part = head_part(np);
    let partitive = head_part.last().is_some_and(|t| {
        matches!(
            t.lower,
            "half" | "most" | "majority" | "some" | "many" | "all" | "share" | "third" | "quarter"
        )
    });
    let head_token = match head_part.last() {
        Some(h) if !partitive => h,
        _ => &toks[subject.last],
    };
    let head = head_token.lower;
    let base_form = !toks[i].lower.ends_with('s');
    // (`64 percent call him competent`: a share of people is plural.)
    // (`Boyle’s`: a possessive is no plural.)
    let plural = head.ends_with('s')
        && !head_token.is_possessive()
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is")
        || toks[subject.last].has(lexicon::PERCENT_WORD) && subject.last > subject.first;
    // A base form between a singular name and an institution is a noun:
    // `the New Hampshire state Senate` (the verb would be `states`). An
    // organisation may take a plural verb (`WHO say Iodine deficiency ...`).
    let institution = next.is_some_and(|n| n.has(lexicon::ORG_WORD));
    let agrees = !base_form || plural || lexicon::is_irregular_plural(head) || !institution;
    // `points out`: the particle makes it a verb (`points to` may be the
    // noun's: `8 percentage points to 5`).
    let particle = lower_at(toks, i + 1) == "out"
        && crate::cue_verbs::PARTICLE_CUES
            .iter()
            .any(|(form, _)| *form == toks[i].lower);
    // `rejected claims that`, `faces reports that`: an `-s` form right
    // after a verb, or right after a common plural it would have to agree
    // with, is a noun, the verb's object.
    let prev = &toks[i.saturating_sub(1)];
    let after_verb = prev.is_lowercase_word() && reads_as_past(prev);
    let disagrees = plural && head_token.is_lowercase_word() && head_token.start == prev.start;
    if !base_form && i > 0 && !subject.pronoun && !set_off && !particle && (after_verb || disagrees)
    {
        return false;
    }
    clause_follows
        || subject.pronoun
        || set_off
        || particle
        || capital_follows && agrees
        || base_form && plural
        || opens_clause(toks, subject.first) && headline_verb(toks, i)
}

/// Token `k` opens the sentence, or the clause after its opening
/// adverbial (`Amid discord, Trump claims nomination`).
fn opens_clause(toks: &[Token<'_>], k: usize) -> bool {
    k == 0 || opening_adverbial_end(toks).is_some_and(|c| c + 1 == k)
}

/// `he's`, `they’re`, `it'll`: a clause-opening pronoun with its verb
/// contracted onto it (one token).
fn opens_with_contraction(t: &Token<'_>) -> bool {
    let Some((word, rest)) = t.lower.split_once(['\'', '’']) else {
        return false;
    };
    matches!(rest, "s" | "re" | "ll" | "d" | "ve" | "m")
        && crate::words::CLAUSE_OPENER_WORDS.contains(&word)
}

/// `shows unemployment fell`, `showed the party with the most votes won`:
/// a clause without `that` after the cue, a noun phrase then its finite
/// verb before any punctuation; not another verb right after the cue.
fn finite_clause_follows(toks: &[Token<'_>], i: usize) -> bool {
    let Some(first) = toks.get(i + 1) else {
        return false;
    };
    let opens_np = first.is_word()
        && first.cue_class().is_none()
        && (!is_function(first) || first.has(lexicon::DETERMINER) || first.lower == "most");
    if !opens_np {
        return false;
    }
    let finite = |t: &Token<'_>| is_finite_auxiliary(t) || reads_as_past(t);
    toks[i + 2..toks.len().min(i + 10)]
        .iter()
        .take_while(|t| t.is_word() || t.kind == Kind::Num || t.is_punct('-') || t.is_punct('\''))
        .any(finite)
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
    let framed = cue == "according to" || cue == "as per";
    loop {
        if let Some(p) =
            pronoun_at(toks, j).or_else(|| object_pronoun_at(toks, j).filter(|_| framed))
        {
            if inversion && !ends_inverted_subject(toks, p + 1) {
                return None;
            }
            if inversion || framed {
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
        if inversion && !inverted_speaker(toks, a, b) {
            return last_end;
        }
        // `according to the campaign`, `according to early returns`: the
        // phrase itself says whose word it is, whatever its words.
        if !inversion && !framed && !source_like(&toks[a..=b]) {
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
        if let Some(end) = more_authors(toks, a, b) {
            if let Some(f) = found.last_mut() {
                f.last = end;
            }
            return Some(end + 1);
        }
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
        // (`said Grant Fitzner, the ONS's chief economist, in a statement`:
        // a prepositional phrase says how, not who.)
        let how = toks
            .get(seg_start)
            .is_some_and(|t| matches!(t.lower, "in" | "on" | "at" | "during" | "via" | "through"));
        if how && end > b {
            return end;
        }
        let mut k = seg_start;
        while k < toks.len()
            && !toks[k].is_punct(',')
            && !(toks[k].kind == Kind::Punct
                && matches!(toks[k].text, "." | "!" | "?" | ";" | "\"" | "”"))
        {
            if toks[k].is_word() && (toks[k].has(lexicon::APPOSITION_BREAK) || toks[k].has(CUE_ANY))
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

/// The phrase `a..=b` after an inverted cue is its speaker: it names
/// someone (`..., said Reid.`, `said the advisers`) and its clause ends
/// with it (`said Bolden to the crowd`), not `, says it is crucial` or `,
/// said Clinton's response to Trump was undercut` (the phrase is the
/// subject of the clause said).
fn inverted_speaker(toks: &[Token<'_>], a: usize, b: usize) -> bool {
    let names = toks[a..=b].iter().any(|x| {
        x.is_capitalized()
            || x.has(lexicon::PERSON_WORD | lexicon::ORG_WORD | lexicon::SOURCE_NOUN)
            || x.lower
                .strip_suffix('s')
                .is_some_and(lexicon::is_person_word)
    }) || is_age_nominal(&toks[a..=b]);
    names && ends_inverted_subject(toks, b + 1) && !verb_follows_in_clause(toks, b + 1)
}

/// A finite verb between `j` and the next punctuation or relative clause
/// (`said Bolden to the crowd that had gathered` keeps its speaker).
fn verb_follows_in_clause(toks: &[Token<'_>], j: usize) -> bool {
    toks[j.min(toks.len())..]
        .iter()
        .take_while(|t| t.kind != Kind::Punct && !matches!(t.lower, "that" | "who" | "which"))
        .take(12)
        .any(is_finite_auxiliary)
}

/// What may follow the subject of an inversion: the end, punctuation, or a
/// preposition or relative word, never a verb.
pub(super) fn ends_inverted_subject(toks: &[Token<'_>], j: usize) -> bool {
    match toks.get(j) {
        None => true,
        Some(t) if t.kind == Kind::Punct => true,
        Some(t) => t.has(lexicon::INVERTED_SUBJECT_END),
    }
}

/// A noun phrase that can be a source: a name, a person, an organisation or a document.
pub(super) fn source_like(np: &[Token<'_>]) -> bool {
    np.iter().any(|t| {
        t.is_capitalized()
            || lexicon::is_person_word(t.lower.trim_end_matches('s'))
            || t.has(lexicon::ORG_WORD)
            || t.has(lexicon::DOCUMENT_NOUN)
    }) || np.iter().any(|t| t.has(lexicon::SOURCE_NOUN))
        || is_age_nominal(np)
}

/// `the 43-year-old`, `two 19-month-olds`: an age standing for the person
/// (news style names people by their age once they are introduced).
pub(super) fn is_age_nominal(np: &[Token<'_>]) -> bool {
    match np {
        [.., unit, hyphen, old] => {
            matches!(old.lower, "old" | "olds")
                && hyphen.is_punct('-')
                && !hyphen.space_before
                && matches!(unit.lower, "year" | "month" | "week")
        }
        _ => false,
    }
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
    // `I'd have said`, `we've said`: the pronoun with its auxiliary is one token.
    let pronoun = np
        .first()
        .map_or("", |t| t.lower.split(['\'', '’']).next().unwrap_or(t.lower));
    np.len() == 1 && matches!(pronoun, "i" | "we" | "you" | "us" | "me")
}

/// `according to him`, `according to them`: a pronoun as the object of a
/// framing phrase (`her` only where no noun follows: `her spokesman` is
/// `pronoun_at`'s).
fn object_pronoun_at(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    // Not `her "clawback" plan`: a quoted word may open her noun phrase.
    let ends = toks.get(j + 1).is_none_or(|n| {
        [',', '.', ';', ':', ')', '—', '–']
            .iter()
            .any(|&c| n.is_punct(c))
    });
    (matches!(t.lower, "him" | "her" | "them") && ends).then_some(j)
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
                || n.has(lexicon::POSSESSED_SOURCE);
            (n.is_lowercase_word() && speaker).then_some(j + 1)
        }
        _ => None,
    }
}
