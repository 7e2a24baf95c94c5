//! Noun phrases: the subject left of a cue, a phrase walked left or right,
//! appositions and the sentence's own subject.

use super::*;

/// Words that may stand between a subject and its speech verb.
pub(super) fn is_skippable_before_cue(t: &Token<'_>) -> bool {
    t.has(lexicon::SKIPPED_BEFORE_CUE)
}

/// An auxiliary or an adverb between a subject and its verb: `has also`,
/// `repeatedly`, `did not`.
pub(super) fn is_aux_or_adverb(t: &Token<'_>) -> bool {
    t.is_word() && (is_skippable_before_cue(t) || t.has(lexicon::NEGATION) || is_ly_adverb(t))
}

/// A headline in Title Case (`Rick Perry Just Announced His Endorsement`):
/// a capitalised cue word is a verb there, not a name. Every word is
/// capitalised or a function word, and there are a few of them.
pub(super) fn in_title_case(toks: &[Token<'_>]) -> bool {
    let mut capitalised = 0;
    for t in toks.iter().filter(|t| t.is_word()) {
        if t.is_capitalized() {
            capitalised += 1;
        } else if !t.has(lexicon::FUNCTION_WORD) {
            return false;
        }
    }
    capitalised >= 4
}

/// A lower-case adverb in `-ly`: `repeatedly`, `especially`; not a noun
/// in `-ly` (`The family said`, `Supporters at the rally said`).
pub(super) fn is_ly_adverb(t: &Token<'_>) -> bool {
    t.is_lowercase_word()
        && t.lower.ends_with("ly")
        && t.lower.len() > 4
        && !words::LY_NOUN_WORDS.contains(&t.lower)
}

/// A form of `have`, the auxiliary of the perfect: `has written`, `who have run`.
pub(super) fn is_have_form(t: &Token<'_>) -> bool {
    matches!(t.lower, "has" | "have" | "had" | "having")
}

/// Prepositions that can sit inside a source's noun phrase
/// (`Secretary of Defence`, `Lydia Buchtmann for Food Standards`, `report in the media`).
pub(super) fn is_np_preposition(t: &Token<'_>) -> bool {
    t.has(lexicon::NP_PREPOSITION)
}

/// Lower-case modifiers that may open a name-bearing noun phrase.
pub(super) fn is_np_modifier(t: &Token<'_>) -> bool {
    t.has(lexicon::NP_MODIFIER)
}

pub(super) fn is_participle(t: &Token<'_>) -> bool {
    t.is_lowercase_word()
        && (t.lower.ends_with("ing") || t.lower.ends_with("ed"))
        && t.lower.len() > 4
        && !is_np_modifier(t)
        && !t.has(lexicon::PARTICIPLE_ADJECTIVE)
}

pub(super) fn is_np_word(t: &Token<'_>) -> bool {
    t.is_word() && !is_function(t) && !t.has(lexicon::WEEKDAY)
}

/// A function word, unless written as an acronym (`WHO`, `US`, `IT`).
pub(super) fn is_function(t: &Token<'_>) -> bool {
    t.has(lexicon::FUNCTION_WORD) && !is_acronym(t)
}

pub(super) fn is_acronym(t: &Token<'_>) -> bool {
    t.text.len() >= 2 && t.text.chars().all(|c| c.is_uppercase())
}

/// Openers that are not the subject: `However,`, `In June,`, `Yesterday,`.
pub(super) fn is_opening_adverbial(t: &Token<'_>) -> bool {
    t.has(lexicon::OPENING_ADVERBIAL) || t.lower.ends_with("ly") && t.lower.len() > 4
}

/// The subject noun phrase that ends just before token `cue` (skipping
/// adverbs and auxiliaries), with the decided cases of CLAIMS.md: pronouns,
/// relative pronouns (`Fan, who said`), appositions between commas,
/// participial clauses (`A new study documenting ... has revealed`).
pub(super) fn subject_left(toks: &[Token<'_>], cue: usize, quotes: &Quotes) -> Option<Found> {
    let end = subject_end(toks, cue); // exclusive
    let t = toks.get(end.checked_sub(1)?)?;
    if t.is_word() {
        if let Some(f) = personal_subject(toks, end, cue) {
            return Some(f);
        }
        // `Fan, who said`, `a headline that said`: the antecedent.
        // (`that` after a determined noun: not `knew that said company`.)
        let relative_that = t.lower == "that"
            && end >= 2
            && is_np_word(&toks[end - 2])
            && np_left(toks, end - 1)
                .is_some_and(|(a, _)| a > 0 && toks[a - 1].has(lexicon::DETERMINER));
        // (`a report by the WHO found`: an acronym is no relative pronoun.)
        let relative = matches!(t.lower, "who" | "which") && !is_acronym(t);
        if (relative || relative_that) && end >= 2 {
            let k = if toks[end - 2].is_punct(',') {
                end - 2
            } else {
                end - 1
            };
            let (a, b) = np_left(toks, k)?;
            return Some(found_np(a, b, false));
        }
    }
    if t.is_punct(',') {
        return appositive_subject(toks, end - 1, quotes);
    }
    if let Some(open) = dash_aside_open(toks, end - 1) {
        let (a, b) = np_left(toks, open)?;
        return Some(found_np(a, b, false));
    }
    let (a, mut b) = np_left(toks, end)?;
    // `A report published last week found`: the participle before the
    // time phrase opens a clause the span drops.
    while b > a && is_participle(&toks[b]) && toks[b].lower.ends_with("ed") {
        b -= 1;
    }
    if quotes.is_inside(a) != quotes.is_inside(b) {
        return None;
    }
    // `wants to help write the rules`: one word after `to` is a verb of
    // the infinitive (or the preposition's object), not a subject.
    if a == b && a > 0 && toks[a - 1].lower == "to" && toks[a].is_lowercase_word() {
        return None;
    }
    // `Anthony Cordesman, a security analyst at the Center for ... told`:
    // an apposition whose closing comma is missing keeps its name.
    if let Some(name) = unclosed_apposition_name(toks, a) {
        return Some(found_np(name, b, false));
    }
    // `A person familiar with the planning for the meeting says`: an
    // adjective's complement stays in the span (unlike a clause).
    if let Some(head) = postnominal_adjective_head(toks, a) {
        return Some(found_np(head, b, false));
    }
    // `Advisers who have run the numbers argue`: the relative clause is
    // skipped; its antecedent is the subject.
    if let Some(antecedent) = relative_clause_antecedent(toks, a) {
        return Some(antecedent);
    }
    if let Some(antecedent) = participle_clause_antecedent(toks, a) {
        return Some(antecedent);
    }
    if let Some((a2, b2)) = participle_before_agent(toks, a).and_then(|p| np_left(toks, p)) {
        return Some(found_np(a2, b2, false));
    }
    Some(found_np(a, b, false))
}

/// `Economists polled by Bloomberg had expected`: the agent at `a` of a
/// participle is not the subject; the noun phrase before the participle
/// is. Where the participle stands, if `a` is such an agent (`seen by
/// the Guardian`: an article between; `A report published last year by
/// the agency`: a time phrase between the participle and `by`).
fn participle_before_agent(toks: &[Token<'_>], a: usize) -> Option<usize> {
    let participle = |t: &Token<'_>| {
        is_participle(t)
            || t.is_lowercase_word() && words::IRREGULAR_PARTICIPLE_WORDS.contains(&t.lower)
    };
    let article = a >= 1 && matches!(toks[a - 1].lower, "the" | "a" | "an");
    a.checked_sub(1 + usize::from(article))
        .filter(|&k| k >= 2 && toks[k].lower == "by")
        .map(|k| k - 1 - time_phrase_before(toks, k))
        .filter(|&p| p >= 1 && participle(&toks[p]))
}

/// How many tokens of a short time phrase end just before token `at`:
/// `last year`, `on Monday`, `in March 2024`, `earlier this week`.
fn time_phrase_before(toks: &[Token<'_>], at: usize) -> usize {
    let n = toks[..at]
        .iter()
        .rev()
        .take(4)
        .take_while(|t| is_time_phrase_word(t))
        .count();
    if toks[at - n..at].iter().any(names_a_time) {
        n
    } else {
        0
    }
}

/// How many tokens of a short time phrase start at `j`: `on Sunday`,
/// `late on Monday`, `last week`, `in March 2024`.
pub(super) fn time_phrase_after(toks: &[Token<'_>], j: usize) -> usize {
    let j = j.min(toks.len());
    let n = toks[j..]
        .iter()
        .take(5)
        .take_while(|t| is_time_phrase_word(t))
        .count();
    if toks[j..j + n].iter().any(names_a_time) {
        n
    } else {
        0
    }
}

/// A word of a short time phrase: `on`, `last`, `late`, a weekday, a
/// month, a number, `week`, `morning`, `yesterday`.
fn is_time_phrase_word(t: &Token<'_>) -> bool {
    t.has(lexicon::WEEKDAY | lexicon::MONTH)
        || t.is_num()
        || matches!(
            t.lower,
            "on" | "in"
                | "the"
                | "late"
                | "early"
                | "earlier"
                | "last"
                | "this"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
                | "week"
                | "month"
                | "year"
                | "today"
                | "yesterday"
                | "tonight"
        )
}

/// A time phrase's word that names the time (not `on`, `in`, `the`, `last`
/// alone).
fn names_a_time(t: &Token<'_>) -> bool {
    !matches!(
        t.lower,
        "on" | "in" | "the" | "late" | "early" | "earlier" | "this" | "last"
    )
}

/// Where the name starts that opens the sentence and is apposed to the
/// phrase at `a` without a closing comma: `Name, a/an/the ... <a>`.
fn unclosed_apposition_name(toks: &[Token<'_>], a: usize) -> Option<usize> {
    let article = a
        .checked_sub(1)
        .filter(|&k| matches!(toks[k].lower, "a" | "an" | "the"))?;
    let comma = article.checked_sub(1).filter(|&k| toks[k].is_punct(','))?;
    let (n0, n1) = np_left(toks, comma)?;
    let start = past_clause_openers(toks, after_dateline(toks), comma);
    let named = toks[n0..=n1]
        .iter()
        .all(|t| t.is_capitalized() || !t.is_word());
    (n0 == start && n1 + 1 == comma && named && n1 > n0).then_some(n0)
}

/// `Donald Trump - who previously said he would ... - said`, `some
/// economists - including a minority of the committee - warn`, `Murphy —
/// after a knock-on-wood gesture — told`: where the aside between spaced
/// dashes opens, when the dash at `close` closes one that a relative
/// pronoun, an article, a word that singles out members (`including`,
/// `among them`, `both`) or a preposition of time or manner opens.
fn dash_aside_open(toks: &[Token<'_>], close: usize) -> Option<usize> {
    if !is_aside_dash(&toks[close]) {
        return None;
    }
    let open = (close.saturating_sub(40)..close)
        .rev()
        .find(|&k| is_aside_dash(&toks[k]))?;
    let opens_aside = toks.get(open + 1).is_some_and(|t| {
        opens_relative_clause(t)
            || matches!(t.lower, "a" | "an" | "the")
            || words::MEMBERS_ASIDE_WORDS.contains(&t.lower)
            || words::ADVERBIAL_ASIDE_WORDS.contains(&t.lower)
    });
    (open > 0 && opens_aside).then_some(open)
}

/// `Some say`, `Many believe`, `Others argue`, `Both said`: the quantifier at `q`
/// opens its clause and stands for people, the subject of the finite verb
/// at `cue` (not `"some reporting"`, a noun phrase, or `some say in it`).
pub(super) fn quantifier_subject(toks: &[Token<'_>], q: usize, cue: usize) -> bool {
    let opens = q == 0
        || toks[q - 1].is_punct(',')
        || is_quote_mark(&toks[q - 1])
        || matches!(
            toks[q - 1].lower,
            "but" | "and" | "yet" | "while" | "though"
        );
    let noun_reading = matches!(
        toks.get(cue + 1).map(|t| t.lower),
        Some("of" | "in" | "on" | "over")
    );
    q < cue
        && opens
        && matches!(
            toks[q].lower,
            "some" | "others" | "many" | "most" | "several" | "both"
        )
        && !toks[cue].lower.ends_with("ing")
        // A plural subject takes `say`, not `says` (`Most claims he's made`).
        && !toks[cue].lower.ends_with('s')
        && !noun_reading
}

/// Where the subject of the cue at `cue` ends (exclusive), past adverbs,
/// auxiliaries and time phrases: `also on Tuesday`, `had on Monday`, `has
/// since`. A negation is passed over too; the cue it negates is then
/// refused (`cues::subject_speaks`).
fn subject_end(toks: &[Token<'_>], cue: usize) -> usize {
    let mut j = cue;
    while j > 0 {
        let t = &toks[j - 1];
        // `They both said`, but `Both said`: opening its clause, the
        // quantifier is the subject.
        if quantifier_subject(toks, j - 1, cue) {
            break;
        }
        // (`Auto Safety First called`: a capital after a capital names.)
        let in_name =
            t.is_capitalized() && j >= 2 && toks[j - 2].is_capitalized() && !in_title_case(toks);
        let skipped = is_aux_or_adverb(t) && !in_name;
        if skipped || t.lower == "since" && j >= 2 && is_have_form(&toks[j - 2]) {
            j -= 1;
            continue;
        }
        // `on Tuesday`, `on Monday night`, `last week`, `this week`
        let time_word = t.has(lexicon::WEEKDAY)
            || matches!(
                t.lower,
                "week" | "month" | "year" | "night" | "morning" | "evening" | "afternoon"
            );
        if t.is_word() && time_word && j >= 2 {
            let p = toks[j - 2].lower;
            if matches!(p, "on" | "last" | "this" | "next") {
                j -= 2;
                continue;
            }
            if lexicon::is_weekday(p) && j >= 3 && toks[j - 3].lower == "on" {
                j -= 3;
                continue;
            }
        }
        break;
    }
    j
}

/// A pronoun subject ending at `end` (exclusive): `he`, `his spokesman`,
/// or a quantifier standing for people that opens its clause (`Some say`,
/// `Others argue`; before a finite verb only: `"some reporting"` is a noun
/// phrase).
fn personal_subject(toks: &[Token<'_>], end: usize, cue: usize) -> Option<Found> {
    let t = &toks[end - 1];
    if matches!(t.lower, "he" | "she" | "it" | "they" | "i" | "we" | "you") {
        return Some(found_np(end - 1, end - 1, true));
    }
    if quantifier_subject(toks, end - 1, cue) {
        return Some(found_np(end - 1, end - 1, false));
    }
    // (`A statement posted on its website said`: after a preposition the
    // owner's phrase is no subject.)
    let possessed = end >= 2
        && pronoun_at(toks, end - 2) == Some(end - 1)
        && !object_of_preposition(toks, end - 2);
    possessed.then(|| found_np(end - 2, end - 1, true))
}

/// The noun phrase before `who` when the phrase at `a` ends a relative
/// clause without commas: `Senior advisers who have run the numbers argue`.
/// The clause is short and holds a verb-like word, so `who` is no object.
fn relative_clause_antecedent(toks: &[Token<'_>], a: usize) -> Option<Found> {
    let floor = a.saturating_sub(10);
    let who = (floor..a)
        .rev()
        .find(|&k| toks[k].lower == "who" && toks[k + 1..a].iter().all(|t| t.is_word()))?;
    let clause = &toks[who + 1..a];
    let has_verb = clause
        .iter()
        .any(|t| t.has(lexicon::BE_FORM) || is_have_form(t) || is_participle(t));
    if who == 0 || !has_verb {
        return None;
    }
    let (a2, b2) = np_left(toks, who)?;
    toks[a2..=b2]
        .iter()
        .any(|t| t.has(lexicon::PERSON_WORD) || t.is_capitalized() || t.lower.ends_with('s'))
        .then(|| found_np(a2, b2, false))
}

/// Where the noun phrase starts that an adjective with its complement
/// follows, when the phrase at `a` ends that complement: `Federal
/// officials familiar with the server`, `A person familiar with the
/// planning for Thursday's meeting`, `sources close to the talks`
/// (words::POSTNOMINAL_ADJECTIVE_WORDS).
fn postnominal_adjective_head(toks: &[Token<'_>], a: usize) -> Option<usize> {
    let floor = a.saturating_sub(8);
    let adjective = (floor.max(1)..a)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| {
            words::POSTNOMINAL_ADJECTIVE_WORDS.contains(&toks[k].lower)
                && toks[k + 1].is_word()
                && matches!(toks[k + 1].lower, "with" | "to" | "of" | "about" | "for")
                && is_np_word(&toks[k - 1])
        })?;
    np_left(toks, adjective).map(|(head, _)| head)
}

/// The noun phrase before a participle when the phrase at `a` ends the
/// participle's clause: `Residents returning to their homes said`,
/// `Analysts tracking the market said`, `Majorities of Democrats in five
/// states going to the polls Tuesday say`. (Without function words between,
/// `np_left` walks through the participle itself.)
fn participle_clause_antecedent(toks: &[Token<'_>], a: usize) -> Option<Found> {
    // (Not across a conjunction: `The plan failed but officials said` is
    // two clauses.)
    let conjunction = |t: &Token<'_>| matches!(t.lower, "and" | "but" | "or" | "yet" | "so");
    let mut k = a;
    while k > 0
        && a - k < 3
        && is_function(&toks[k - 1])
        && toks[k - 1].is_lowercase_word()
        && !conjunction(&toks[k - 1])
    {
        k -= 1;
    }
    let p = k.checked_sub(1).filter(|_| k < a)?;
    let participle = &toks[p];
    let clause_opens = is_participle(participle)
        && p > 0
        && is_np_word(&toks[p - 1])
        && !toks[p - 1].lower.ends_with("ing");
    if !clause_opens {
        return None;
    }
    let (a2, b2) = np_left(toks, p)?;
    Some(found_np(a2, b2, false))
}

pub(super) fn found_np(first: usize, last: usize, pronoun: bool) -> Found {
    Found {
        first,
        last,
        cue: String::new(),
        cue_tok: 0,
        pronoun,
        frames: true,
        trailing: false,
    }
}

/// The noun phrase ending just before `end` (exclusive), walking left.
pub(super) fn np_left(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let last = end.checked_sub(1)?;
    let mut first: Option<usize> = None;
    let mut j = end;
    while j > 0 {
        let k = j - 1;
        let step = match toks[k].kind {
            Kind::Word => word_step_left(toks, k, last, first),
            // `34-year-old shopkeeper`: a number inside a compound modifier.
            Kind::Num
                if first.is_some()
                    && toks
                        .get(k + 1)
                        .is_some_and(|h| h.is_punct('-') && !h.space_before) =>
            {
                Step::Take(k)
            }
            // `47 percent said`: the share of respondents with its number.
            Kind::Num if first == Some(k + 1) && toks[k + 1].has(lexicon::PERCENT_WORD) => {
                Step::Take(k)
            }
            // `the U.S. Court of Appeals for the 6th Circuit`
            Kind::Num if first.is_some() && ordinal_suffix(toks, k) => Step::Take(k),
            // `India's Chandrayaan-3 mission`, `the Covid-19 task force`: a
            // name with its number.
            Kind::Num if first.is_some() && numbered_name(toks, k) => Step::Take(k),
            // `Six in 10 say`, `Nine in 10 Democratic voters say`: a share.
            Kind::Num if ratio_opens_at(toks, k) => Step::Take(k - 2),
            // `A survey of 2,000 people showed`, `a panel of 12 experts`:
            // the size of what a document or a body is made of.
            Kind::Num if first.is_some() && size_of_a_whole(toks, k) => Step::Take(k),
            Kind::Num => Step::Stop,
            Kind::Punct => punct_step_left(toks, k, first),
        };
        match step {
            Step::Take(k) => {
                first = Some(k);
                j = k;
            }
            Step::Skip(k) => j = k,
            Step::Stop => break,
            Step::Before(k) => return np_left(toks, k),
        }
    }
    trim_np_left(toks, first?, last)
}

/// `Six in 10`, `nine in 10`, `3 in 4`: the number at `k` ends a share.
fn ratio_opens_at(toks: &[Token<'_>], k: usize) -> bool {
    let number = |t: &Token<'_>| {
        t.kind == Kind::Num || t.is_word() && words::small_number(t.lower).is_some()
    };
    k >= 2 && toks[k - 1].lower == "in" && number(&toks[k - 2]) && toks[k].text.len() <= 3
}

/// The number at `k` follows `of` after a document or a body (`survey of
/// 2,000`, `panel of 12`).
fn size_of_a_whole(toks: &[Token<'_>], k: usize) -> bool {
    k >= 2
        && toks[k - 1].lower == "of"
        && toks[k - 2].has(lexicon::DOCUMENT_NOUN | lexicon::ORG_WORD)
}

/// The number at `k` is an ordinal written with digits (`6th`, `21st`).
fn ordinal_suffix(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k + 1)
        .is_some_and(|s| !s.space_before && matches!(s.lower, "st" | "nd" | "rd" | "th"))
}

/// `Will Doyle`, `May Chen`, `Per Hansen`: a modal or `per` written with a
/// capital before a capitalised word is a first name.
fn is_first_name(toks: &[Token<'_>], k: usize) -> bool {
    let t = &toks[k];
    matches!(t.lower, "will" | "may" | "per")
        && t.is_capitalized()
        && toks
            .get(k + 1)
            .is_some_and(|n| n.is_word() && n.is_capitalized())
}

/// One step of the walk left through a noun phrase.
enum Step {
    /// The token is part of the phrase, which now starts there.
    Take(usize),
    /// Go on from this token without moving the phrase's start.
    Skip(usize),
    Stop,
    /// The phrase so far is a participial clause: the subject ends before this token.
    Before(usize),
}

/// `to` after a role held for someone (`an aide to the senator`, `adviser
/// to the president`): inside the noun phrase (words::ROLE_TO_WORDS).
fn role_to(toks: &[Token<'_>], k: usize) -> bool {
    toks[k].lower == "to" && k > 0 && words::ROLE_TO_WORDS.contains(&toks[k - 1].lower)
}

/// The number at `k` is glued by a hyphen to the word before it:
/// `Chandrayaan-3`, `Covid-19`.
fn numbered_name(toks: &[Token<'_>], k: usize) -> bool {
    k >= 2
        && toks[k - 1].is_punct('-')
        && !toks[k - 1].space_before
        && !toks[k].space_before
        && toks[k - 2].is_word()
}

fn word_step_left(toks: &[Token<'_>], k: usize, last: usize, first: Option<usize>) -> Step {
    let t = &toks[k];
    if t.lower == "and"
        && first.is_some_and(|f| toks[f].is_capitalized())
        && and_inside_name(toks, k)
    {
        return Step::Skip(k);
    }
    if is_function(t) && !is_first_name(toks, k) {
        let left_np = k > 0 && is_np_word(&toks[k - 1]);
        // `a review by The Times`, `a new poll by the institute`: a
        // document's author stays in its phrase.
        let authored = t.lower == "by" && k > 0 && toks[k - 1].has(lexicon::DOCUMENT_NOUN);
        if first.is_some() && (is_np_preposition(t) || authored || role_to(toks, k)) && left_np {
            return Step::Skip(k);
        }
        // `of the Australian ...`, `in each state`, `of all parties`: a
        // determiner after an inner preposition.
        let inner_article = matches!(
            t.lower,
            "the"
                | "a"
                | "an"
                | "each"
                | "every"
                | "all"
                | "both"
                | "their"
                | "its"
                | "his"
                | "her"
        ) && k >= 2
            && (is_np_preposition(&toks[k - 1])
                || toks[k - 1].lower == "by" && toks[k - 2].has(lexicon::DOCUMENT_NOUN)
                || role_to(toks, k - 1))
            && is_np_word(&toks[k - 2]);
        return if first.is_some() && inner_article {
            Step::Skip(k - 1)
        } else {
            Step::Stop
        };
    }
    // `Fratzscher said research showed`: a verb of saying opens no phrase
    // (only `the said company` modifies).
    if t.has(lexicon::CUE_SPEECH)
        && matches!(t.lower, "said" | "says" | "told" | "tells")
        && first.is_some()
        && !(k > 0 && toks[k - 1].has(lexicon::DETERMINER))
    {
        return Step::Stop;
    }
    // `human rights monitoring mission`: a modifier right before the head.
    // So is a past participle before a plural head: `registered voters`,
    // `elected officials`.
    let head = &toks[last];
    let modifies_head = first == Some(k + 1)
        && k + 1 == last
        && (head.has(lexicon::ORG_WORD | lexicon::PERSON_WORD | lexicon::DOCUMENT_NOUN)
            || t.lower.ends_with("ed") && head.is_lowercase_word() && head.lower.ends_with('s'));
    // `Nobel-winning`, `US-led`: a participle inside a hyphenated compound.
    let in_compound = k > 0 && !t.space_before && toks[k - 1].is_punct('-');
    if is_participle(t) && first.is_some() && !modifies_head && !in_compound {
        // `A new study documenting iodine status ... has revealed`:
        // the subject is before the participial clause.
        return if k > 0 && is_np_word(&toks[k - 1]) {
            Step::Before(k)
        } else {
            Step::Stop
        };
    }
    Step::Take(k)
}

/// `Center for Strategic and International Studies`, `Department of
/// Health and Human Services`: an `and` between capitalised words inside
/// a name that an `of` or `for` opens (not `Reuters and AFP`, two names).
pub(super) fn and_inside_name(toks: &[Token<'_>], k: usize) -> bool {
    let mut j = k;
    while j > 0 && k - j < 3 && toks[j - 1].is_capitalized() {
        j -= 1;
    }
    j < k && j >= 2 && matches!(toks[j - 1].lower, "of" | "for") && toks[j - 2].is_capitalized()
}

fn punct_step_left(toks: &[Token<'_>], k: usize, first: Option<usize>) -> Step {
    let t = &toks[k];
    let prev = k.checked_sub(1).map(|p| &toks[p]);
    let attached_both =
        !t.space_before && toks.get(k + 1).is_some_and(|n| !n.space_before) && first.is_some();
    let joiner = t.is_punct('-')
        || t.is_punct('&')
        || t.is_punct('.')
        || t.is_punct('’')
        || t.is_punct('\'');
    if joiner && attached_both && prev.is_some_and(|p| p.is_word() || t.is_punct('-') && p.is_num())
    {
        return Step::Skip(k);
    }
    // `the farmers' union`, `the workers’ council`: a plural possessive
    // opens the phrase as `'s` does.
    let plural_possessive = (t.is_punct('\'') || t.is_punct('’'))
        && !t.space_before
        && prev.is_some_and(|p| p.is_word() && p.lower.ends_with('s'))
        && first == Some(k + 1)
        && toks[k + 1].space_before;
    if plural_possessive {
        return Step::Skip(k);
    }
    // `Hygiene & Tropical Medicine`, `Procter & Gamble`: one name.
    let ampersand_name = t.is_punct('&')
        && prev.is_some_and(|p| p.is_capitalized())
        && toks.get(k + 1).is_some_and(|n| n.is_capitalized());
    if ampersand_name && first.is_some() {
        return Step::Skip(k);
    }
    // `Microsoft Corp. said`: a company's abbreviated suffix ends the name.
    let suffix = prev.is_some_and(|p| {
        p.is_capitalized() && p.has(lexicon::SOFT_ABBREVIATION) && !p.has(lexicon::MONTH)
    });
    if t.is_punct('.') && first.is_none() && suffix {
        return Step::Take(k - 1);
    }
    // `U.S.` at the end of a word run: `U.S. Senator`; a title: `Dr. Ana Ruiz`
    let initial_or_title = prev.is_some_and(|p| {
        p.is_word()
            && p.is_capitalized()
            && (p.text.len() == 1 || p.has(lexicon::TITLE_ABBREVIATION))
    });
    if t.is_punct('.') && initial_or_title {
        return Step::Skip(k);
    }
    // A parenthetical right after a name: `Jim Ramstad (R Minnesota)`, `KCNA`,
    // `Chris Murphy (a Democrat so young he was mistaken for a staffer)`.
    if t.is_punct(')') && first.is_none() {
        let open = (k.saturating_sub(PARENTHETICAL_TOKENS)..k)
            .rev()
            .find(|&o| toks[o].is_punct('('));
        if let Some(open) = open.filter(|&o| o > 0 && toks[o - 1].is_capitalized()) {
            return Step::Take(open);
        }
    }
    Step::Stop
}

/// The longest parenthetical after a name that a subject walks over (an
/// aside of a clause: `(a Connecticut Democrat so boyish he has been
/// mistaken for a junior staffer)` is 15 tokens).
const PARENTHETICAL_TOKENS: usize = 24;

/// The phrase `a..=last` found by the walk, without a leading verb or stray
/// word (`follows Ukrainian President ...`) or punctuation; `None` when it
/// is too long to be a subject (most likely a clause).
fn trim_np_left(toks: &[Token<'_>], mut a: usize, last: usize) -> Option<(usize, usize)> {
    let has_name = toks[a..=last].iter().any(|t| t.is_capitalized());
    // A person or body word heads the phrase: `spokesperson for the Foreign Office`.
    let heads_phrase = |t: &Token<'_>| {
        t.has(lexicon::PERSON_WORD | lexicon::ORG_WORD | lexicon::DOCUMENT_NOUN)
            || lexicon::is_person_word(t.lower.trim_end_matches('s'))
    };
    // (`civil protection official Vidir Reynisson`: lower-case words that
    // run up to a role before the name modify the role.)
    let modifies_role = |a: usize| {
        let run_end = (a..=last).find(|&k| !toks[k].is_lowercase_word() || is_function(&toks[k]));
        run_end.is_some_and(|e| e > a + 1 && toks[e].is_capitalized() && heads_phrase(&toks[e - 1]))
    };
    while a < last
        && has_name
        && toks[a].is_lowercase_word()
        && !is_np_modifier(&toks[a])
        && !heads_phrase(&toks[a])
        && !toks[a + 1..=last].iter().all(|t| !t.is_capitalized())
        && !modifies_role(a)
    {
        a += 1;
    }
    while a <= last && (toks[a].kind == Kind::Punct && !toks[a].is_punct('(')) {
        a += 1;
    }
    // `especially in caucus states`: an adverb and a preposition open no
    // noun phrase; the phrase is the preposition's object.
    if a + 1 < last && is_ly_adverb(&toks[a]) && is_np_preposition(&toks[a + 1]) {
        a += 2;
    }
    // A phrase of common nouns is short, unless prepositions attach its
    // parts (`At least half of voters in each state`).
    let attached = toks[a..=last].iter().any(is_np_preposition);
    let common_limit = if attached { 8 } else { 5 };
    if a > last || last - a > 24 || !has_name && last - a > common_limit {
        return None;
    }
    // `At least half of voters`, `at most a third`: the hedge's `at` too.
    if a > 0 && matches!(toks[a].lower, "least" | "most") && toks[a - 1].lower == "at" {
        a -= 1;
    }
    Some((a, last))
}

/// `its`, `his`, `her`, `their`, `our`, `my`, `your`.
pub(super) fn is_possessive_determiner(t: &Token<'_>) -> bool {
    matches!(
        t.lower,
        "its" | "his" | "her" | "their" | "our" | "my" | "your"
    )
}

/// How many words open a noun phrase at `start` before its walk: a
/// possessive (`its chief executive`), a quantifier (`some Democrats`) or a
/// part of a group (`one of those advisers`).
fn np_opening_len(toks: &[Token<'_>], start: usize) -> usize {
    // A possessive determiner opens the phrase and stays in it: `Its chief
    // executive, Tom Lee,` (only a noun after it makes it a phrase).
    let possessive = toks.get(start).is_some_and(|t| {
        is_possessive_determiner(t)
            && (toks
                .get(start + 1)
                .is_some_and(|n| n.is_word() && !is_function(n))
                || quoted_modifier_end(toks, start + 1, toks.len()).is_some())
    });
    // So does a quantifier: `say some Democrats`, `many economists`.
    let quantifier = toks.get(start).is_some_and(|t| {
        matches!(
            t.lower,
            "some" | "many" | "most" | "several" | "other" | "few" | "one" | "another"
        ) && toks
            .get(start + 1)
            .is_some_and(|n| n.is_word() && !is_function(n))
    });
    // `one of those advisers`, `some of the protesters`: a part of a group.
    let partitive = toks.get(start).is_some_and(|t| {
        matches!(
            t.lower,
            "one" | "two" | "three" | "some" | "many" | "most" | "several" | "each" | "both"
        )
    }) && toks.get(start + 1).is_some_and(|o| o.lower == "of");
    if partitive {
        let determiner = toks.get(start + 2).is_some_and(|d| {
            matches!(
                d.lower,
                "the" | "those" | "these" | "his" | "her" | "their" | "its" | "our"
            )
        });
        return 2 + usize::from(determiner);
    }
    usize::from(possessive || quantifier)
}

/// The noun phrase starting at `from` (after a determiner), walking right.
pub(super) fn np_right(toks: &[Token<'_>], from: usize, hi: usize) -> Option<(usize, usize)> {
    let start = skip_articles(toks, from, hi);
    let mut j = start + np_opening_len(toks, start);
    let mut last: Option<usize> = None;
    while j < hi && j - start < 24 {
        let step = match toks[j].kind {
            Kind::Word => word_step_right(toks, j, hi, last.is_some()),
            // `The 43-year-old former congressman`: a number opening a
            // compound modifier.
            Kind::Num
                if toks
                    .get(j + 1)
                    .is_some_and(|h| h.is_punct('-') && !h.space_before) =>
            {
                Step::Take(j)
            }
            Kind::Num if ordinal_suffix(toks, j) => Step::Take(j + 1),
            // `Victims of Pan Am Flight 103, Kara Weipz`: a number in a name
            // (not a date, a year or a verse: `March 23`, `Krugman 1998`,
            // `Romans 8:31`).
            Kind::Num if number_in_name(toks, j, last) => Step::Take(j),
            // `a 2013 study by economists`: a year modifying the head.
            Kind::Num
                if toks[j].text.len() == 4
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| n.is_lowercase_word() && !is_function(n)) =>
            {
                Step::Take(j)
            }
            Kind::Num => Step::Stop,
            Kind::Punct => punct_step_right(toks, j, hi, last.is_some()),
        };
        match step {
            // The phrase now ends at `k` and the walk goes on after it.
            Step::Take(k) => {
                last = Some(k);
                j = k + 1;
            }
            Step::Skip(k) => j = k,
            Step::Stop | Step::Before(_) => break,
        }
    }
    let last = last?;
    // Never end on an inner preposition or determiner.
    let mut b = last;
    while b > start && (is_function(&toks[b]) && toks[b].is_word()) {
        b -= 1;
    }
    Some((start, b))
}

/// A number that is part of the name before it: `Flight 103`, `Apollo 11`.
fn number_in_name(toks: &[Token<'_>], j: usize, last: Option<usize>) -> bool {
    let after_name = last
        .is_some_and(|k| k + 1 == j && toks[k].is_capitalized() && !toks[k].has(lexicon::MONTH));
    let t = &toks[j];
    let plain = t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 3;
    let next = toks.get(j + 1);
    after_name && plain && next.is_none_or(|n| !n.is_lowercase_word() && !n.is_punct(':'))
}

/// A lower-case particle inside a name: `Nouri al-Maliki`, `Osama bin
/// Laden`, `Charles de Gaulle`, `Ursula von der Leyen`. A capitalised word
/// (or another particle) follows it.
pub(super) fn is_name_particle(toks: &[Token<'_>], j: usize) -> bool {
    let particle = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_lowercase_word()
                && matches!(
                    t.lower,
                    "al" | "el"
                        | "bin"
                        | "ibn"
                        | "abu"
                        | "van"
                        | "von"
                        | "de"
                        | "da"
                        | "di"
                        | "du"
                        | "del"
                        | "della"
                        | "der"
                        | "den"
                        | "dos"
                        | "das"
                        | "la"
                        | "le"
                )
        })
    };
    let mut k = j;
    while particle(k) && k < j + 2 {
        k += 1;
    }
    // `al-Maliki`: the hyphen joins the particle to the name.
    if k > j
        && toks
            .get(k)
            .is_some_and(|h| h.is_punct('-') && !h.space_before)
    {
        k += 1;
    }
    k > j
        && j > 0
        && toks[j - 1].is_capitalized()
        && toks.get(k).is_some_and(|n| n.is_capitalized())
}

/// The first token from `j` (below `hi`) that is not an article.
fn skip_articles(toks: &[Token<'_>], mut j: usize, hi: usize) -> usize {
    while j < hi && matches!(toks[j].lower, "the" | "a" | "an") {
        j += 1;
    }
    j
}

/// Where the phrase starting at `at` begins with its articles (`the BBC`):
/// `skip_articles` walking left.
pub(super) fn articles_before(toks: &[Token<'_>], mut at: usize) -> usize {
    while at > 0 && matches!(toks[at - 1].lower, "the" | "a" | "an") {
        at -= 1;
    }
    at
}

fn word_step_right(toks: &[Token<'_>], j: usize, hi: usize, started: bool) -> Step {
    let t = &toks[j];
    // `a just-released poll`, `a well-known pollster`: a compound modifier.
    let compound = toks
        .get(j + 1)
        .is_some_and(|h| h.is_punct('-') && !h.space_before)
        && toks
            .get(j + 2)
            .is_some_and(|w| w.is_word() && !w.space_before);
    if is_function(t) && !compound && !is_first_name(toks, j) {
        // An inner preposition with a noun phrase after it: `spokesperson
        // for the Foreign Office`, `people familiar with the talks`.
        let next = toks.get(j + 1);
        let np_follows = next.is_some_and(|n| {
            (matches!(n.lower, "the" | "a" | "an") || n.is_capitalized() || is_np_word(n))
                && !n.has(lexicon::WEEKDAY)
                && !n.has(lexicon::MONTH)
        });
        // A word's own complement: `familiar with the talks`, `an aide to
        // the senator`.
        let complement =
            t.lower == "with" && j > 0 && toks[j - 1].lower == "familiar" || role_to(toks, j);
        // Whose a document is: `a survey by the ministry`, `a study by Harvard`.
        let author_of_document =
            t.lower == "by" && j > 0 && toks[j - 1].has(lexicon::DOCUMENT_NOUN);
        let time_follows = matches!(next.map(|n| n.lower), Some("this" | "last" | "that"));
        // (`the Centers for Disease Control and Prevention`: one name.)
        let name_and = t.lower == "and"
            && next.is_some_and(|n| n.is_capitalized())
            && and_inside_name(toks, j);
        let inner = started
            && (is_np_preposition(t) || complement || author_of_document || name_and)
            && np_follows
            && !time_follows;
        return if inner {
            Step::Skip(skip_articles(toks, j + 1, hi))
        } else {
            Step::Stop
        };
    }
    let date = t.has(lexicon::WEEKDAY) || (t.has(lexicon::MONTH) && t.is_capitalized() && started);
    // (`released` in `just-released` is the compound's, not a clause.)
    let in_compound = j > 0 && !t.space_before && toks[j - 1].is_punct('-');
    // (`The mayor began by saying`: a past tense that is no noun ends the
    // phrase.)
    let past = t.is_lowercase_word() && t.is_past_tense_only();
    let clause = started
        && !in_compound
        && (is_participle(t) || past || t.lower.ends_with("ly") && t.is_lowercase_word())
        && !modifying_gerund(toks, j, hi);
    if date || clause {
        return Step::Stop;
    }
    Step::Take(j)
}

fn punct_step_right(toks: &[Token<'_>], j: usize, hi: usize, started: bool) -> Step {
    let t = &toks[j];
    if let Some(close) = quoted_modifier_end(toks, j, hi) {
        return Step::Skip(close + 1);
    }
    if !started {
        return Step::Stop;
    }
    let attached_both = !t.space_before
        && toks
            .get(j + 1)
            .is_some_and(|n| !n.space_before && n.kind != Kind::Punct);
    if (t.is_punct('-') || t.is_punct('&') || t.is_punct('.')) && attached_both {
        return Step::Skip(j + 1);
    }
    // `the pilots' union chairman`: a plural possessive inside the phrase.
    let plural_possessive = (t.is_punct('\'') || t.is_punct('’'))
        && !t.space_before
        && toks[j - 1].is_word()
        && toks[j - 1].lower.ends_with('s')
        && toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && n.space_before);
    if plural_possessive {
        return Step::Skip(j + 1);
    }
    let capitalized_next = toks.get(j + 1).is_some_and(|n| n.is_capitalized());
    if t.is_punct('&') && toks[j - 1].is_capitalized() && capitalized_next {
        return Step::Skip(j + 1);
    }
    // `U.S. Senator`, `Dr. Ana Ruiz`
    let prev = &toks[j - 1];
    let initial_or_title =
        (prev.text.len() == 1 || prev.has(lexicon::TITLE_ABBREVIATION)) && prev.is_capitalized();
    if t.is_punct('.') && initial_or_title && capitalized_next {
        return Step::Take(j);
    }
    if t.is_punct('(') {
        if let Some(close) = (j + 1..(j + 8).min(hi)).find(|&c| toks[c].is_punct(')')) {
            return Step::Take(close);
        }
    }
    Step::Stop
}

/// `an independent monitoring group,`, `the main opposing party`: an
/// `-ing` word before the singular head that ends the phrase modifies it;
/// a participle would take an object (`officials monitoring the vote`).
fn modifying_gerund(toks: &[Token<'_>], j: usize, hi: usize) -> bool {
    let head = toks.get(j + 1).filter(|h| {
        h.is_lowercase_word() && !h.has(lexicon::FUNCTION_WORD) && !h.lower.ends_with('s')
    });
    let phrase_ends = toks.get(j + 2).is_none_or(|n| n.kind == Kind::Punct) || j + 2 >= hi;
    toks[j].lower.ends_with("ing") && head.is_some() && phrase_ends
}

/// `her "clawback" plan`, `the "Fight for 15" campaign`: a few quoted
/// words before the head noun modify it. The closing mark's index.
fn quoted_modifier_end(toks: &[Token<'_>], open: usize, hi: usize) -> Option<usize> {
    // (`open` may be past the end: `MY` is a determiner with no phrase after it.)
    if !toks.get(open).is_some_and(|t| is_open_quote(t, false)) {
        return None;
    }
    let close = (open + 2..(open + 6).min(hi)).find(|&c| is_quote_mark(&toks[c]))?;
    let words = toks[open + 1..close].iter().all(|t| t.kind != Kind::Punct);
    let head = toks
        .get(close + 1)
        .filter(|_| close + 1 < hi)
        .is_some_and(|n| n.is_lowercase_word() && !is_function(n) && !n.has(CUE_ANY));
    (words && head).then_some(close)
}

/// `Ri Il Gyu, a former counselor at North Korea’s embassy in Cuba, also told`:
/// the name with its appositions; or `The results of the study published
/// this week, revealed`: the noun phrase before the participial clause.
pub(super) fn appositive_subject(
    toks: &[Token<'_>],
    comma: usize,
    quotes: &Quotes,
) -> Option<Found> {
    let (start, commas) = subject_stretch(toks, comma, quotes)?;
    // Skip an opening adverbial: `Meanwhile, ...`, `In June, ...`.
    let mut seg = 0;
    let mut s0 = start;
    while seg + 1 < commas.len() {
        if !is_opening_adverbial(&toks[s0]) {
            break;
        }
        s0 = commas[seg] + 1;
        seg += 1;
    }
    let (c1, a, b) = loop {
        let c1 = commas[seg];
        let np = subject_np_right(toks, s0, c1).filter(|&(a, b)| {
            a <= s0 + 1
                && toks[a..=b]
                    .iter()
                    .any(|t| t.is_capitalized() || is_np_word(t))
        });
        let Some((a, b)) = np else {
            return relative_clause_subject(toks, c1);
        };
        let reaches_end = b + 1 == c1;
        if seg + 1 == commas.len() {
            // One comma: the participial clause between subject and verb is dropped.
            return Some(found_np(a, b, false));
        }
        if !reaches_end && seg + 2 < commas.len() {
            // A clause before the comma, then a subject with an apposition:
            // `The plan was approved, the minister, 61, told`.
            s0 = c1 + 1;
            seg += 1;
            continue;
        }
        if !reaches_end {
            let clause_or_conjunct =
                relative_clause_subject(toks, c1).or_else(|| last_conjunct(toks, b, c1, comma));
            return Some(clause_or_conjunct.unwrap_or(found_np(a, b, false)));
        }
        break (c1, a, b);
    };
    // `The figures, released by the statistics office, showed`: a participial
    // clause between the commas is dropped, an apposition stays.
    if toks
        .get(c1 + 1)
        .is_some_and(|t| is_participle(t) && !t.has(lexicon::PERSON_WORD))
    {
        return Some(found_np(a, b, false));
    }
    // `Hunter, meanwhile, told`, `Smith, in a statement, said`: an adverb
    // or a prepositional phrase between commas is no apposition.
    let adverbial = toks[c1 + 1..comma].iter().all(is_opening_adverbial)
        || toks[c1 + 1].is_lowercase_word()
            && toks[c1 + 1].has(lexicon::OPENING_ADVERBIAL)
            && toks[c1 + 1].has(lexicon::FUNCTION_WORD)
            && commas.iter().filter(|&&c| c > c1 && c < comma).count() == 0;
    if adverbial {
        return Some(found_np(a, b, false));
    }
    Some(found_np(
        a,
        apposition_end(toks, &commas, c1, comma).unwrap_or(b),
        false,
    ))
}

/// Where the appositions after the phrase (which ends at the comma `c1`)
/// end, the verb's comma being `comma`; `None` when only adverbs stand
/// there (`Jones, however, disagreed, saying`). They run up to the comma
/// before the verb, or to a stretch that is a predicate (`Susan Cohen, a
/// mother, thought him a murderer, adding`); a relative clause leaves the
/// span (`the Edhi Foundation, a charity that runs ..., said`).
fn apposition_end(toks: &[Token<'_>], commas: &[usize], c1: usize, comma: usize) -> Option<usize> {
    let end = commas
        .iter()
        .copied()
        .filter(|&c| c > c1 && c < comma)
        .find(|&c| opens_predicate(toks, c + 1))
        .unwrap_or(comma);
    let adverbs_only = toks[c1 + 1..end]
        .iter()
        .all(|t| is_opening_adverbial(t) || t.is_punct(','));
    let end = (c1 + 2..end)
        .find(|&k| relative_after_noun(toks, k))
        .unwrap_or(end);
    (!adverbs_only).then_some(end - 1)
}

/// A relative clause opens at `k` after a noun: `who`, `which`, or `that`
/// before a finite verb (`a charity that runs`; not `that group`).
fn relative_after_noun(toks: &[Token<'_>], k: usize) -> bool {
    let after_noun = toks[k - 1].is_word() && !toks[k - 1].has(lexicon::FUNCTION_WORD);
    let that_clause = toks[k].lower == "that"
        && toks.get(k + 1).is_some_and(|v| {
            v.is_lowercase_word()
                && (v.lower.ends_with('s') && !v.lower.ends_with("ss")
                    || reads_as_past(v)
                    || super::cues::is_finite_auxiliary(v))
        });
    after_noun && (opens_relative_clause(&toks[k]) || that_clause)
}

/// `It's odd to watch Mitt Romney, who campaigned on it, insist`, `It is
/// odd that Romney, who ..., insists`: a relative clause opening after the
/// comma at `c1` belongs to the noun phrase just before it, which is the
/// subject of the verb after the clause (a clause before that phrase is
/// the sentence's, not the subject).
fn relative_clause_subject(toks: &[Token<'_>], c1: usize) -> Option<Found> {
    if !toks.get(c1 + 1).is_some_and(opens_relative_clause) {
        return None;
    }
    let (a, b) = np_left(toks, c1)?;
    source_like(&toks[a..=b]).then(|| found_np(a, b, false))
}

/// `Phil Berger and Tim Moore, both Republicans, said`: the phrase read
/// up to `b` is the first of two joined by `and`, and the second runs to
/// the apposition's comma at `c1`. The second, with the apposition up to
/// the comma before the verb at `comma`, is the subject found; the first
/// joins it as a conjunct when the subject is recorded.
fn last_conjunct(toks: &[Token<'_>], b: usize, c1: usize, comma: usize) -> Option<Found> {
    if toks.get(b + 1).is_none_or(|t| t.lower != "and") {
        return None;
    }
    let (a2, b2) = np_right(toks, b + 2, c1).filter(|&(_, b2)| b2 + 1 == c1)?;
    source_like(&toks[a2..=b2]).then(|| found_np(a2, comma - 1, false))
}

/// Where the subject's stretch before the comma at `comma` begins (the
/// sentence after its dateline, or just after a quotation it follows:
/// `"...," Ms. Park, a former diplomat, said`), and its commas in order.
fn subject_stretch(
    toks: &[Token<'_>],
    comma: usize,
    quotes: &Quotes,
) -> Option<(usize, Vec<usize>)> {
    if quotes.is_inside(comma) {
        return None;
    }
    let mut commas = vec![comma];
    let mut start = past_clause_openers(toks, after_dateline(toks), comma);
    let floor = comma.saturating_sub(MAX_APPOSITION_TOKENS);
    for k in (floor..comma).rev() {
        let t = &toks[k];
        if is_quote_mark(t) && speaker_follows_quote(toks, k, quotes) {
            start = k + 1;
            break;
        }
        if is_quote_mark(t) || t.is_punct(';') || t.is_punct(':') || t.is_punct('—') {
            return None;
        }
        if t.is_punct(',') {
            commas.push(k);
        }
    }
    commas.reverse();
    Some((start, commas))
}

/// The stretch at `k` opens with a finite verb, not an apposition: a past
/// tense that is no noun, a cue verb, or a past form before its object
/// (`thought him`, `called the plan`, `accused them`; not `retired general`).
fn opens_predicate(toks: &[Token<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k).filter(|t| t.is_lowercase_word()) else {
        return false;
    };
    let object_follows = toks
        .get(k + 1)
        .is_some_and(|n| n.has(lexicon::DETERMINER) || is_object_pronoun(n));
    // (`Jones, however, disagreed, saying`: a verb alone before the comma.)
    let alone = toks.get(k + 1).is_some_and(|n| n.is_punct(','));
    t.is_past_tense_only()
        || t.cue_class().is_some()
        || t.lower.ends_with("ed") && (object_follows || alone)
}

/// The closing mark at `k` ends quoted speech (`,"` `."` `?"`) and a name
/// or a noun phrase follows it: `"...," Ms. Park, a former diplomat, said`
/// — not a quoted title (`NBC's "Today"`) or an inversion (`," said Rice`).
fn speaker_follows_quote(toks: &[Token<'_>], k: usize, quotes: &Quotes) -> bool {
    let closes_speech =
        k > 0 && quotes.is_inside(k - 1) && matches!(toks[k - 1].text, "," | "." | "?" | "!");
    // (`"...," state Senate leader Phil Berger, a Republican, said`,
    // `"...," local officials, all Democrats, said`: a role's modifier or
    // people opens the phrase too.)
    let speaker = toks.get(k + 1).is_some_and(|t| {
        t.is_capitalized()
            || matches!(
                t.lower,
                "the" | "a" | "an" | "his" | "her" | "their" | "its"
            )
            || t.has(lexicon::NP_MODIFIER)
            || relays::is_plural_people(toks, k + 1)
    });
    closes_speech && speaker
}

/// The comma that closes a sentence's opening adverbial (`However,`, `In
/// the final days of his campaign,`) or participial clause (`Asked about
/// the vote,`, `Speaking to reporters,`), if it opens with one.
pub(super) fn opening_adverbial_end(toks: &[Token<'_>]) -> Option<usize> {
    toks.first()
        .filter(|t| is_opening_adverbial(t) || opens_participle_clause(toks))
        .and_then(|_| toks.iter().position(|t| t.is_punct(',')))
}

/// `Asked whether ...`, `Pressed on ...`, `Speaking to reporters ...`: a
/// participle and its lower-case complement; not a name (`Manning said`,
/// `Ted Cruz`).
fn opens_participle_clause(toks: &[Token<'_>]) -> bool {
    let [first, next, ..] = toks else {
        return false;
    };
    let participle = first.is_capitalized()
        && first.lower.len() > 4
        && (first.lower.ends_with("ed") || first.lower.ends_with("ing"));
    participle && next.is_lowercase_word() && next.cue_class().is_none()
}

/// The subject at the start of the sentence, after opening adverbials.
pub(super) fn sentence_subject(toks: &[Token<'_>], before: usize) -> Option<Found> {
    let mut s = after_dateline(toks);
    // `However, ...` / `In June, ...`
    if let Some(c) = opening_adverbial_end(toks).filter(|&c| c < before) {
        s = c + 1;
    }
    while s < before && is_quote_mark(&toks[s]) {
        s += 1;
    }
    s = past_clause_openers(toks, s, before);
    subject_at(toks, s, before)
}

/// The subject that opens a clause at `s`, before `before`: a pronoun, or
/// a noun phrase that can be a source.
fn subject_at(toks: &[Token<'_>], s: usize, before: usize) -> Option<Found> {
    if let Some(p) = pronoun_at(toks, s).filter(|&p| p < before) {
        return Some(found_np(s, p, true));
    }
    let (a, b) = subject_np_right(toks, s, before)?;
    source_like(&toks[a..=b]).then(|| found_np(a, b, false))
}

/// The noun phrase from `s` (below `end`) that opens a clause as its
/// subject, short of a verb that looks like a plural (`The ministry
/// disputes this`).
fn subject_np_right(toks: &[Token<'_>], s: usize, end: usize) -> Option<(usize, usize)> {
    let (a, b) = np_right(toks, s, end)?;
    let verb_last = b > a && verb_before_object_pronoun(toks, b);
    Some((a, if verb_last { b - 1 } else { b }))
}

/// `The ministry disputes this, saying`: a plural-looking word before an
/// object pronoun (or a demonstrative that ends the clause) is the
/// clause's verb, not the last word of its subject.
fn verb_before_object_pronoun(toks: &[Token<'_>], b: usize) -> bool {
    let object = toks.get(b + 1).is_some_and(|t| {
        is_object_pronoun(t)
            || matches!(t.lower, "this" | "these" | "those")
                && toks.get(b + 2).is_none_or(|n| n.kind == Kind::Punct)
    });
    object && toks[b].is_lowercase_word() && toks[b].lower.ends_with('s')
}

/// `him`, `her`, `them`, `it`, `us`: a pronoun that is a verb's object.
pub(super) fn is_object_pronoun(t: &Token<'_>) -> bool {
    matches!(t.lower, "him" | "her" | "them" | "it" | "us")
}

/// The first token from `s` (below `before`) past the conjunctions and
/// linking adverbs that open a clause without a comma (`But the mayor, a
/// Democrat, said`, `Yet economists say`, `Now his friends joke`): they are
/// no part of its subject.
fn past_clause_openers(toks: &[Token<'_>], mut s: usize, before: usize) -> usize {
    while s < before
        && matches!(
            toks[s].lower,
            "but"
                | "and"
                | "so"
                | "yet"
                | "further"
                | "meanwhile"
                | "however"
                | "now"
                | "then"
                | "still"
                | "also"
                | "instead"
                | "finally"
                | "indeed"
                | "thus"
        )
        && !toks.get(s + 1).is_some_and(|t| t.is_punct(','))
    {
        s += 1;
    }
    s
}

/// A dash set off by a space before it (`Trump - who ...`, `(Reuters) -`),
/// not one joining words (`al-Maliki`).
fn is_spaced_dash(t: &Token<'_>) -> bool {
    t.space_before && (t.is_punct('-') || t.is_punct('–') || t.is_punct('—'))
}

/// A dash that sets off an aside: a spaced one, or an en or em dash
/// written against the words (`critics—among them two senators—argue`).
fn is_aside_dash(t: &Token<'_>) -> bool {
    is_spaced_dash(t) || t.is_punct('–') || t.is_punct('—')
}

/// Where a sentence starts after its dateline: `WASHINGTON (Reuters) -`,
/// `Washington (AFP) –`, `(Reuters) -`, `LOS ANGELES --`: capitalised
/// words and an agency in parentheses, or a place in capitals, before a
/// dash; 0 without one.
fn after_dateline(toks: &[Token<'_>]) -> usize {
    let dash = toks.iter().take(10).position(is_spaced_dash);
    let Some(d) = dash.filter(|&d| d > 0) else {
        return 0;
    };
    let agency = toks[..d].iter().any(|t| t.is_punct('('));
    let place = toks[..d].iter().all(|t| {
        t.is_capitalized()
            || t.is_punct('(')
            || t.is_punct(')')
            || t.is_punct(',')
            || t.is_punct('.')
    });
    // `LOS ANGELES --`, `NEW YORK —`: a place in capitals needs no agency.
    let in_capitals = toks[..d].iter().all(|t| {
        t.is_punct(',') || t.is_punct('.') || t.is_word() && !t.text.chars().any(char::is_lowercase)
    });
    if place && (agency || in_capitals) {
        d + 1
    } else {
        0
    }
}

/// The subject of the first verb of a sentence, for a later verb
/// coordinated with it. The first verb must follow the subject at once (a
/// lowercase word), so a fronted phrase or a clause is not taken; in a
/// headline a lowercase word right after a name is that verb (`NASA
/// celebrates ...`), which the noun phrase walk would read as one phrase.
pub(super) fn shared_subject(toks: &[Token<'_>], cue: usize) -> Option<Found> {
    let f = sentence_subject(toks, cue).or_else(|| opening_clause_subject(toks, cue))?;
    let is_verb = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_lowercase_word() && !is_function(t))
    };
    let subject_end = (f.first + 1..=f.last)
        // (`His brother Mohammed ...`: after a capitalised determiner the
        // word is the phrase's noun; so is a role after a name, `The
        // Washington Post columnist Ruth Marcus`.)
        .find(|&k| {
            is_verb(k)
                && toks[k - 1].is_capitalized()
                && !is_function(&toks[k - 1])
                && !toks[k].has(lexicon::PERSON_WORD | lexicon::ORG_WORD)
        })
        .unwrap_or(f.last + 1);
    // `Jessie Elkins, 70, had served`, `One of the men, Jessie Elkins, 70,
    // had served`: past appositions set off by commas.
    let mut verb = subject_end;
    for _ in 0..3 {
        let closing = toks
            .get(verb)
            .filter(|t| t.is_punct(','))
            .and_then(|_| (verb + 2..(verb + 10).min(cue)).find(|&k| toks[k].is_punct(',')));
        match closing {
            Some(comma) => verb = comma + 1,
            None => break,
        }
    }
    // `Clinton has expressed ... but has said`, `Trump later referred ...
    // and said`: past the first verb's auxiliaries and adverbs.
    while verb < cue && (is_aux_or_adverb(&toks[verb]) || toks[verb].lower == "later") {
        verb += 1;
    }
    // (`Smith was angry but said`: a copula is the first verb too.)
    let first_verb = is_verb(verb) || toks.get(verb).is_some_and(|t| t.has(lexicon::BE_FORM));
    if !first_verb || verb >= cue || is_first_or_second_person(&toks[f.first..subject_end]) {
        return None;
    }
    // `some were yawning as he mentioned ... and described`: the verb is
    // coordinated inside a clause of its own, whose subject is not this.
    if (verb..cue).any(|k| opens_subordinate_clause(toks, k)) {
        return None;
    }
    Some(found_np(f.first, subject_end - 1, f.pronoun))
}

/// `When Trump referred to the massacre and said ..., the crowd
/// applauded`: the subject of a subordinate clause that opens the sentence
/// and holds the cue at `cue` (no comma closes it before).
fn opening_clause_subject(toks: &[Token<'_>], cue: usize) -> Option<Found> {
    let s = after_dateline(toks);
    let opens = toks
        .get(s)
        .is_some_and(|t| words::SUBORDINATOR_WORDS.contains(&t.lower));
    if !opens || s + 1 >= cue || toks[s..cue].iter().any(|t| t.is_punct(',')) {
        return None;
    }
    subject_at(toks, s + 1, cue)
}

/// `as he mentioned`, `while Trump says`: a subordinating conjunction at
/// `k` with a subject of its own and its verb after it (not `as a
/// Republican`, `as "political Stockholm Syndrome"`).
fn opens_subordinate_clause(toks: &[Token<'_>], k: usize) -> bool {
    let verb_at = |j: usize| {
        toks.get(j)
            .is_some_and(|t| reads_as_past(t) || t.is_lowercase_word() && t.lower.ends_with('s'))
    };
    words::SUBORDINATOR_WORDS.contains(&toks[k].lower)
        && toks.get(k + 1).is_some_and(|s| {
            matches!(s.lower, "he" | "she" | "they" | "it" | "we" | "i")
                || s.is_capitalized() && verb_at(k + 2)
        })
}

/// The subject of a sentence whose verb owns the quotation opening at `q`.
pub(super) fn subject_before(toks: &[Token<'_>], q: usize) -> Option<Found> {
    let f = sentence_subject(toks, q)?;
    // (`It was CNBC's "Secret Lives of the Super Rich"`: `it` with no
    // speech verb is the sentence's dummy subject, no speaker.)
    let dummy_it = f.pronoun && f.first == f.last && toks[f.first].lower == "it";
    if dummy_it || is_first_or_second_person(&toks[f.first..=f.last]) {
        return None;
    }
    // The subject must be followed by its verb, not be inside a list or quote.
    (f.last + 1 < q).then_some(f)
}

/// `Mr. Smith shot back: "..."`, `his wife whispered to him: "..."`, `the
/// crowd chanted back at him, "..."`: the verb that introduces a quotation
/// opening at `q`, past its particle, adverb and addressee.
pub(super) fn verb_before_quote(toks: &[Token<'_>], q: usize) -> Option<usize> {
    // `The sign read "No entry"`: what is written reads without a mark.
    if let Some(k) = q.checked_sub(1).filter(|&k| text_reads(toks, k)) {
        return Some(k);
    }
    let mark = q
        .checked_sub(1)
        .filter(|&k| toks[k].is_punct(':') || toks[k].is_punct(','))?;
    let skippable = |t: &Token<'_>| {
        matches!(
            t.lower,
            "back"
                | "out"
                | "up"
                | "on"
                | "again"
                | "at"
                | "to"
                | "him"
                | "her"
                | "them"
                | "reporters"
        ) || t.lower.ends_with("ly") && t.lower.len() > 4
    };
    let mut k = mark.checked_sub(1)?;
    while k > 0 && mark - k <= 4 && skippable(&toks[k]) {
        k -= 1;
    }
    let v = &toks[k];
    // (`with Trump reportedly yelling: "..."`: a gerund before a colon.)
    let gerund = v.is_lowercase_word() && v.lower.ends_with("ing") && toks[mark].is_punct(':');
    let verb = reads_as_past(v)
        || gerund
        || v.is_lowercase_word() && v.cue_class().is_some()
        || text_reads(toks, k);
    (verb && k > 0).then_some(k)
}

/// `The letter reads:`, `the sign read`: `read` after something written
/// (words::WRITTEN_TEXT_WORDS) introduces its words.
fn text_reads(toks: &[Token<'_>], k: usize) -> bool {
    matches!(toks[k].lower, "read" | "reads")
        && k > 0
        && words::WRITTEN_TEXT_WORDS.contains(&toks[k - 1].lower)
}

/// `"...," he surmised.`, `"...?" asked Sen. Barbara Mikulski`, `"...?" the
/// 43-year-old asked`: quoted speech closed by its speaker and a past-tense
/// verb. The speaker follows the closing mark at once; the cue is the verb
/// when it is a speech verb (`Trump added to People`), else `quote`.
pub(super) fn speaker_after_quote(toks: &[Token<'_>], quotes: &Quotes) -> Option<Found> {
    let (f, verb) = speaker_and_verb_after_quote(toks, quotes)?;
    Some(Found {
        cue: quote_cue(&toks[verb]),
        cue_tok: verb,
        frames: false,
        trailing: false,
        ..f
    })
}

fn speaker_and_verb_after_quote(toks: &[Token<'_>], quotes: &Quotes) -> Option<(Found, usize)> {
    let closes = |k: usize| {
        is_quote_mark(&toks[k])
            && quotes.is_inside(k - 1)
            && matches!(toks[k - 1].text, "," | "?" | "!")
    };
    let k = (1..toks.len()).find(|&k| closes(k))?;
    speaker_and_verb_at(toks, k + 1)
}

/// `Hannity pressed.`, `Clinton asked.` as a sentence of its own right
/// after a quotation closed the one before: the speaker of that quotation.
/// Only the speaker and the verb (and an adverb or a period) are there.
pub(super) fn speaker_of_previous_quote(toks: &[Token<'_>]) -> Option<Found> {
    let (f, verb) = speaker_and_verb_at(toks, 0)?;
    // Nothing after the verb but an adverb and the full stop.
    let stop = |t: &Token<'_>| t.is_punct('.') || t.is_punct('!');
    let ends_here = match &toks[verb + 1..] {
        [] => true,
        [end] => stop(end),
        [adverb, end] => adverb.is_lowercase_word() && adverb.lower.ends_with("ly") && stop(end),
        _ => false,
    };
    // (`"It is over." He left.` is no speaker: the verb must be one of speech.)
    let speaks = toks[verb].cue_class().is_some()
        || words::QUOTE_CLOSING_VERB_WORDS.contains(&toks[verb].lower);
    (speaks && ends_here).then(|| Found {
        cue: quote_cue(&toks[verb]),
        cue_tok: verb,
        frames: false,
        trailing: false,
        ..f
    })
}

/// The cue of a quotation's speaker: the verb when it is a cue (`added`),
/// else `quote` (`pressed`, `surmised`).
fn quote_cue(verb: &Token<'_>) -> String {
    match verb.cue_class() {
        Some(_) => verb.lower.to_string(),
        None => "quote".to_string(),
    }
}

/// The speaker and the verb of a quotation, from token `s` on: `he
/// surmised`, `the email read`, `asked Sen. Barbara Mikulski`.
fn speaker_and_verb_at(toks: &[Token<'_>], s: usize) -> Option<(Found, usize)> {
    // `he surmised`, `it read`, `he mocks.`: a verb in the past, or in the
    // present when the sentence or clause ends with it.
    let past = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let present_at_end = t.lower.ends_with('s')
                && toks
                    .get(j + 1)
                    .is_some_and(|p| p.is_punct('.') || p.is_punct(','));
            !is_function(t) && (reads_as_past(t) || t.is_lowercase_word() && present_at_end)
        })
    };
    // `he surmised`, `Hannity started`
    if let Some(p) = pronoun_at(toks, s).filter(|&p| past(p + 1)) {
        let f = found_np(s, p, true);
        return (!is_first_or_second_person(&toks[s..=p])).then_some((f, p + 1));
    }
    let end = toks.len();
    // (`the email read`: the walk right may take the verb for a noun.)
    let np = np_right(toks, s, end).map(|(a, b)| {
        if b > a && !past(b + 1) && reads_as_past(&toks[b]) {
            (a, b - 1)
        } else {
            (a, b)
        }
    });
    if let Some((a, b)) = np.filter(|&(_, b)| past(b + 1)) {
        return source_like(&toks[a..=b]).then(|| (found_np(a, b, false), b + 1));
    }
    // `asked Sen. Barbara Mikulski of Maryland`
    if past(s) {
        let (a, b) = np_right(toks, s + 1, end)?;
        let named = toks[a].is_capitalized() && source_like(&toks[a..=b]);
        return named.then(|| (found_np(a, b, false), s));
    }
    None
}

/// A source's span as CLAIMS.md draws it, whichever rule found it: only
/// `the`, `a`, `an` stay out before it (`Some advocates`, `His campaign
/// chairman Paul Manafort`, `Another Muslim`), and a relative clause after
/// it goes (`Sanders, who has already sent ...,` -> `Sanders`).
pub(super) fn settle_span(toks: &[Token<'_>], f: &mut Found) {
    let relative = (f.first + 1..f.last)
        .find(|&k| toks[k].is_punct(',') && opens_relative_clause(&toks[k + 1]));
    if let Some(comma) = relative {
        f.last = comma - 1;
    }
    // `One message, apparently referring to air strikes, said`: a
    // participial clause set off by commas leaves the span too.
    let participial = (f.first + 1..f.last)
        .find(|&k| toks[k].is_punct(',') && opens_participial_aside(toks, k + 1));
    if let Some(comma) = participial {
        f.last = comma - 1;
    }
    without_trailing_verb(toks, f);
    without_outlet_addressee(toks, f);
    let before = f.first.checked_sub(1).map(|k| &toks[k]);
    if before.is_some_and(|t| t.is_word() && t.has(lexicon::KEPT_DETERMINER)) {
        f.first -= 1;
    }
}

/// `said Faris Hayder, a 28-year-old resident of Basra, to Reuters`: the
/// outlet spoken to after an inverted speaker is the addressee (CLAIMS.md),
/// not part of the speaker's phrase. After a role in lower case it is
/// (`a contributor to The New York Times`).
fn without_outlet_addressee(toks: &[Token<'_>], f: &mut Found) {
    if f.cue_tok > f.first || !words::NEWS_OUTLET_WORDS.contains(&toks[f.last].lower) {
        return;
    }
    let to = (f.first + 1..f.last).rev().find(|&k| toks[k].lower == "to");
    let Some(to) = to.filter(|&k| !toks[k - 1].is_lowercase_word()) else {
        return;
    };
    let outlet = toks[to + 1..=f.last]
        .iter()
        .all(|t| t.is_capitalized() || t.lower == "the");
    if outlet {
        f.last = to - 1;
        if toks[f.last].is_punct(',') {
            f.last -= 1;
        }
    }
}

/// A present participle at `k` (past an adverb in `-ly`) that opens a
/// clause after a comma: `speaking on condition of anonymity`,
/// `apparently referring to`.
fn opens_participial_aside(toks: &[Token<'_>], k: usize) -> bool {
    let adverb = toks
        .get(k)
        .is_some_and(|t| t.is_lowercase_word() && t.lower.ends_with("ly"));
    let p = k + usize::from(adverb);
    toks.get(p)
        .is_some_and(|t| t.lower.ends_with("ing") && is_participle(t))
}

/// `who`, `which`, `whose`, and `who's` written as one word.
pub(super) fn opens_relative_clause(t: &Token<'_>) -> bool {
    matches!(t.lower, "who" | "which" | "whose")
        || ["who'", "who\u{2019}"]
            .iter()
            .any(|p| t.lower.starts_with(p))
}

/// A lower-case word that reads as a past tense: `-ed` past four letters
/// (not `need`, `feed`) or an irregular past (`took`, `fell`).
pub(super) fn reads_as_past(t: &Token<'_>) -> bool {
    t.is_lowercase_word()
        && (t.lower.len() > 4 && t.lower.ends_with("ed") || t.has(lexicon::IRREGULAR_PAST))
}

/// `Trump took a hands-off approach`, `Jeet Heer sees the piece as`: a
/// subject read up to the verb after a name (`Trump took`) ends before it.
fn without_trailing_verb(toks: &[Token<'_>], f: &mut Found) {
    let last = &toks[f.last];
    // (Any `-ed`, unlike `reads_as_past`: after a name `fled` is a verb too.)
    let past = last.lower.ends_with("ed") || last.has(lexicon::IRREGULAR_PAST);
    // `Jeet Heer sees the piece as ...`: an `-s` word with a determiner
    // after it is a present tense (`Trump supporters` is followed by a verb).
    let present = last.lower.ends_with('s')
        && toks
            .get(f.last + 1)
            .is_some_and(|t| t.is_word() && t.has(lexicon::DETERMINER));
    let after_name = f.last > f.first && toks[f.last - 1].is_capitalized();
    if (past || present) && after_name && last.is_lowercase_word() {
        f.last -= 1;
    }
}

/// A headline's speaker before a colon, no quote marks needed: `Trump:
/// Clinton should have congratulated me.`, `Clinton to Planned Parenthood:
/// Trump will reverse Roe v. Wade` (the addressee after `to` left out). The
/// name is one to four capitalised words opening the sentence, not `The ...`,
/// a label (`Breaking:`, `VOTER FRAUD ALERT:`, `Dear America:`) or a poll;
/// what follows is a statement of three words or more, not a question.
pub(super) fn colon_speaker(toks: &[Token<'_>]) -> Option<Found> {
    let colon = toks.iter().take(8).position(|t| t.is_punct(':'))?;
    let name_end = toks[..colon]
        .iter()
        .position(|t| t.lower == "to")
        .unwrap_or(colon);
    let name = &toks[..name_end];
    let capitalised = |t: &Token<'_>| t.is_capitalized() || t.is_punct('.') && !t.space_before;
    let after_to = &toks[(name_end + 1).min(colon)..colon];
    let shaped = (1..=4).contains(&name.len())
        && name.iter().all(capitalised)
        && after_to.iter().all(capitalised);
    let first = &toks[0];
    let shouted = |t: &Token<'_>| t.text.len() > 1 && !t.text.chars().any(char::is_lowercase);
    // `Spotted: ...`, `Confirmed: ...`: a participle, not a name.
    let participle = name.len() == 1 && first.lower.len() > 5 && first.lower.ends_with("ed");
    let label = first.has(lexicon::FUNCTION_WORD)
        || words::HEADLINE_LABEL_WORDS.contains(&first.lower)
        || name.iter().filter(|t| t.is_word()).all(shouted)
        || participle
        || name.iter().any(|t| t.has(lexicon::DOCUMENT_NOUN));
    let said = &toks[colon + 1..];
    // A statement: three words or more, opening with a capital (`Texans:
    // be sure to ...` is an address), and no question.
    let statement = said.iter().filter(|t| t.is_word()).count() >= 3
        && said
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| t.is_capitalized())
        && !said.iter().any(|t| t.is_punct('?'));
    (shaped && !label && statement).then(|| Found {
        first: 0,
        last: name_end - 1,
        cue: "quote".into(),
        cue_tok: colon,
        pronoun: false,
        frames: false,
        trailing: false,
    })
}
