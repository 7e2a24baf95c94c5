//! Attribution: who said, reported, showed or believed what in a sentence,
//! with the cue, relay chains (`via`) and pronouns resolved to an earlier
//! full mention. Also decides whether a sentence is attributed at all
//! (a cue with a source, or a direct quote, or a sentence inside a quote).

use std::collections::VecDeque;

use crate::lexicon;
use crate::token::{Kind, Token};
use crate::words::{self, CueClass};
use crate::SourceMention;

/// What the analysis carries from one sentence to the next.
#[derive(Debug, Default)]
pub struct DocState {
    /// A quotation is open (opened in an earlier sentence).
    quote_open: bool,
    /// Sentences the open quotation has run through: an unbalanced quote
    /// mark must not make the rest of the document "quoted".
    quote_sentences: u32,
    /// Recent full mentions that a later pronoun may stand for, newest last.
    antecedents: VecDeque<Antecedent>,
}

/// Attribution looks at this many tokens of a sentence at most. Real
/// sentences are far shorter; a megabyte without a full stop is not a
/// sentence, and bounding it keeps the engine linear on any input.
const MAX_SENTENCE_TOKENS: usize = 1000;

/// How far back an apposition may reach from its verb.
const MAX_APPOSITION_TOKENS: usize = 80;

/// A quotation longer than this many sentences is taken to be a stray mark.
const MAX_QUOTE_SENTENCES: u32 = 12;

/// Pronouns look back a few sentences at most; this bounds memory too.
const MAX_ANTECEDENTS: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Person,
    /// People in the plural: `officials`, `the report's authors`.
    Group,
    Org,
    Thing,
    /// Documents in the plural: `results`, `satellite photos`.
    Things,
}

#[derive(Debug, Clone, Copy)]
struct Antecedent {
    start: usize,
    end: usize,
    class: Class,
}

/// A source found in the sentence, in token indices (inclusive).
#[derive(Debug, Clone)]
struct Found {
    first: usize,
    last: usize,
    cue: String,
    cue_tok: usize,
    pronoun: bool,
    /// The cue introduces what follows (`said`, `reported`, `citing`), so
    /// later sources in its clause are relayed by it.
    frames: bool,
    /// `as per X`/`according to X`/`, X reported.` at the end of the sentence:
    /// it relays the sources before it.
    trailing: bool,
}

pub struct Attribution {
    pub attributed: bool,
    pub sources: Vec<SourceMention>,
}

/// How the sentence is separated from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Break {
    /// Same line.
    Space,
    /// A line break: a quotation may run on (news style reopens it with a
    /// quote mark, which is then not a closing one).
    Line,
    /// A blank line: a new section; quotations do not run on.
    Blank,
}

/// Analyse one sentence.
pub fn analyse(text: &str, toks: &[Token<'_>], state: &mut DocState, brk: Break) -> Attribution {
    let toks = &toks[..toks.len().min(MAX_SENTENCE_TOKENS)];
    if brk == Break::Blank || state.quote_sentences >= MAX_QUOTE_SENTENCES {
        state.quote_open = false;
    }
    let quotes = Quotes::scan(toks, state.quote_open, brk == Break::Line);
    state.quote_open = quotes.open_at_end;
    state.quote_sentences = if quotes.open_at_end {
        state.quote_sentences + 1
    } else {
        0
    };

    let mut found: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        i = find_at(toks, i, &quotes, &mut found);
    }
    found.sort_by_key(|f| (f.first, f.last));
    found.dedup_by(|b, a| a.first <= b.last && b.first <= a.last);

    let mut attributed = !found.is_empty() || quotes.has_speech;
    if found.is_empty() && quotes.has_speech {
        // `They call for "urgent implementation ..."`: the subject owns the quote.
        if let Some(q) = quotes.first_speech_open.filter(|&q| q > 0) {
            if let Some(f) = subject_before(toks, q) {
                found.push(Found {
                    cue: "quote".into(),
                    cue_tok: q,
                    frames: false,
                    trailing: false,
                    ..f
                });
            }
        }
    }
    if quotes.started_inside {
        attributed = true;
    }

    let via = relays(toks, &found, &quotes);
    let mentions = mentions(toks, &found, &quotes);
    let mut sources = Vec::with_capacity(found.len());
    for (k, f) in found.iter().enumerate() {
        let start = toks[f.first].start;
        let end = toks[f.last].end;
        let refers_to = if f.pronoun {
            resolve(&toks[f.first], state, &mentions, toks)
        } else {
            None
        };
        let _ = k;
        sources.push(SourceMention {
            start,
            end,
            text: text[start..end].to_string(),
            cue: f.cue.clone(),
            pronoun: f.pronoun,
            refers_to,
            via: via[k],
        });
    }
    for &(a, b, class) in &mentions {
        state.antecedents.push_back(Antecedent {
            start: toks[a].start,
            end: toks[b].end,
            class,
        });
        if state.antecedents.len() > MAX_ANTECEDENTS {
            state.antecedents.pop_front();
        }
    }
    Attribution {
        attributed: attributed || !sources.is_empty(),
        sources,
    }
}

// ---------------------------------------------------------------------------
// Quotes

struct Quotes {
    /// Token `i` is inside quotation marks (the marks themselves are not).
    inside: Vec<bool>,
    started_inside: bool,
    open_at_end: bool,
    /// A quotation in this sentence is reported speech, not a scare quote or title.
    has_speech: bool,
    /// Index of the opening mark of the first speech quote.
    first_speech_open: Option<usize>,
}

fn is_open_quote(t: &Token<'_>, inside: bool) -> bool {
    t.is_punct('“') || t.is_punct('«') || (t.is_punct('"') && !inside)
}

fn is_close_quote(t: &Token<'_>, inside: bool) -> bool {
    // Nested quotations use single marks, so a `“` inside a quotation is a
    // mistyped closing mark.
    t.is_punct('”') || t.is_punct('»') || inside && (t.is_punct('"') || t.is_punct('“'))
}

fn is_quote_mark(t: &Token<'_>) -> bool {
    t.is_punct('"') || t.is_punct('“') || t.is_punct('”') || t.is_punct('«') || t.is_punct('»')
}

impl Quotes {
    fn scan(toks: &[Token<'_>], open: bool, new_line: bool) -> Quotes {
        let mut inside = Vec::with_capacity(toks.len());
        let mut state = open;
        // A quotation running into a new paragraph reopens with a mark.
        let reopening = open
            && new_line
            && toks
                .first()
                .is_some_and(|t| t.is_punct('"') || t.is_punct('“'));
        let mut has_speech = false;
        let mut first_speech_open = None;
        // (opening index or None when carried in, words, starts upper, ends with final punctuation)
        let mut region: Option<(Option<usize>, usize, bool, bool)> =
            open.then_some((None, 0, true, false));
        for (i, t) in toks.iter().enumerate() {
            if i == 0 && reopening {
                inside.push(false);
                continue;
            }
            if !state && is_open_quote(t, false) {
                state = true;
                region = Some((Some(i), 0, false, false));
                inside.push(false);
                continue;
            }
            if state && is_close_quote(t, true) {
                state = false;
                if let Some((o, words, upper, _)) = region.take() {
                    let final_punct = i > 0
                        && toks[i - 1].kind == Kind::Punct
                        && matches!(toks[i - 1].text, "." | "!" | "?" | "…");
                    if o.is_none() || words >= 4 && (upper || final_punct) {
                        has_speech = true;
                        if first_speech_open.is_none() {
                            first_speech_open = o;
                        }
                    }
                }
                inside.push(false);
                continue;
            }
            if let Some((o, words, upper, _)) = region.as_mut() {
                if t.is_word() {
                    if *words == 0 && o.is_some() {
                        *upper = t.is_capitalized();
                    }
                    *words += 1;
                }
            }
            inside.push(state);
        }
        if let Some((o, words, _, _)) = region {
            // Still open at the end: the quotation runs on into the next sentence.
            if words >= 2 || o.is_none() {
                has_speech = true;
                if first_speech_open.is_none() {
                    first_speech_open = o;
                }
            }
        }
        Quotes {
            inside,
            started_inside: open,
            open_at_end: state,
            has_speech,
            first_speech_open,
        }
    }
}

// ---------------------------------------------------------------------------
// Cues

fn lower_at<'a>(toks: &[Token<'a>], i: usize) -> &'a str {
    toks.get(i).map_or("", |t| t.lower)
}

const CUE_ANY: u32 = lexicon::CUE_SPEECH
    | lexicon::CUE_BELIEF
    | lexicon::CUE_EVIDENCE
    | lexicon::CUE_ADDITION
    | lexicon::CUE_CALLED;

/// Look for an attribution starting at token `i`; returns where to go on.
fn find_at(toks: &[Token<'_>], i: usize, quotes: &Quotes, found: &mut Vec<Found>) -> usize {
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
    let Some(class) = words::cue_class(t.lower) else {
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
        && !(words::is_document_noun(head) || words::is_document_noun(np_head) || next == "that")
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
fn heads_determined_np(toks: &[Token<'_>], i: usize) -> bool {
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
fn is_prenominal_modifier(t: &Token<'_>) -> bool {
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
fn is_ambiguous_cue(w: &str) -> bool {
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
fn verb_reading(toks: &[Token<'_>], i: usize, subject: &Found) -> bool {
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
fn right_sources(
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
fn with_appositions(toks: &[Token<'_>], b: usize) -> usize {
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
fn ends_inverted_subject(toks: &[Token<'_>], j: usize) -> bool {
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
fn source_like(np: &[Token<'_>]) -> bool {
    np.iter().any(|t| {
        t.is_capitalized()
            || words::is_person_word(t.lower.trim_end_matches('s'))
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
fn at_clause_end(toks: &[Token<'_>], j: usize) -> bool {
    toks[j.min(toks.len())..]
        .iter()
        .all(|t| t.kind == Kind::Punct && !t.is_punct('('))
}

fn is_time_np(toks: &[Token<'_>], a: usize, b: usize) -> bool {
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

fn is_first_or_second_person(np: &[Token<'_>]) -> bool {
    np.len() == 1 && matches!(np[0].lower, "i" | "we" | "you" | "us" | "me")
}

/// `he`, `she`, `it`, `they`, or `his office`, `her spokesman` at `j`:
/// the last token of the pronoun phrase.
fn pronoun_at(toks: &[Token<'_>], j: usize) -> Option<usize> {
    let t = toks.get(j)?;
    match t.lower {
        "he" | "she" | "it" | "they" | "i" | "we" | "you" => Some(j),
        "his" | "her" | "its" | "their" => {
            let n = toks.get(j + 1)?;
            let speaker = n.has(lexicon::ORG_WORD | lexicon::PERSON_WORD)
                || words::is_person_word(n.lower.trim_end_matches('s'))
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

// ---------------------------------------------------------------------------
// Noun phrases

/// Words that may stand between a subject and its speech verb.
fn is_skippable_before_cue(w: &str) -> bool {
    matches!(
        w,
        "also"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "may"
            | "might"
            | "should"
            | "did"
            | "does"
            | "do"
            | "further"
            | "previously"
            | "earlier"
            | "later"
            | "reportedly"
            | "repeatedly"
            | "recently"
            | "then"
            | "again"
            | "separately"
            | "subsequently"
            | "once"
            | "already"
            | "publicly"
            | "privately"
            | "often"
            | "always"
            | "never"
            | "first"
            | "initially"
            | "originally"
            | "yesterday"
            | "today"
            | "tonight"
            | "now"
            | "still"
            | "officially"
            | "quickly"
            | "immediately"
            | "afterwards"
            | "too"
            | "had,"
            | "has,"
            | "even"
            | "just"
            | "openly"
            | "explicitly"
            | "clearly"
            | "flatly"
            | "emphatically"
    )
}

/// Prepositions that can sit inside a source's noun phrase
/// (`Secretary of Defence`, `Lydia Buchtmann for Food Standards`, `report in the media`).
fn is_np_preposition(w: &str) -> bool {
    matches!(w, "of" | "for" | "at" | "in" | "from")
}

/// Lower-case modifiers that may open a name-bearing noun phrase.
fn is_np_modifier(w: &str) -> bool {
    matches!(
        w,
        "senior"
            | "former"
            | "top"
            | "chief"
            | "deputy"
            | "local"
            | "state"
            | "federal"
            | "military"
            | "government"
            | "foreign"
            | "defence"
            | "defense"
            | "unnamed"
            | "anonymous"
            | "several"
            | "other"
            | "independent"
            | "regional"
            | "international"
            | "national"
            | "security"
            | "intelligence"
            | "health"
            | "police"
            | "presidential"
            | "retired"
            | "acting"
            | "outgoing"
            | "incoming"
            | "interim"
            | "prominent"
            | "leading"
            | "new"
            | "main"
            | "key"
            | "two"
            | "three"
            | "both"
            | "western"
            | "japanese"
            | "official"
            | "public"
    )
}

fn is_participle(t: &Token<'_>) -> bool {
    t.is_lowercase_word()
        && (t.lower.ends_with("ing") || t.lower.ends_with("ed"))
        && t.lower.len() > 4
        && !is_np_modifier(t.lower)
        && !matches!(
            t.lower,
            "united"
                | "armed"
                | "elected"
                | "appointed"
                | "unidentified"
                | "concerned"
                | "red"
                | "bed"
                | "king"
                | "thing"
                | "building"
                | "wing"
                | "ring"
                | "spring"
                | "evening"
                | "morning"
                | "briefing"
                | "meeting"
                | "hearing"
                | "ruling"
                | "finding"
                | "reading"
                | "polling"
        )
}

fn is_np_word(t: &Token<'_>) -> bool {
    t.is_word() && !is_function(t) && !t.has(lexicon::WEEKDAY)
}

/// A function word, unless written as an acronym (`WHO`, `US`, `IT`).
fn is_function(t: &Token<'_>) -> bool {
    t.has(lexicon::FUNCTION_WORD) && !is_acronym(t)
}

fn is_acronym(t: &Token<'_>) -> bool {
    t.text.len() >= 2 && t.text.chars().all(|c| c.is_uppercase())
}

/// Openers that are not the subject: `However,`, `In June,`, `Yesterday,`.
fn is_opening_adverbial(t: &Token<'_>) -> bool {
    matches!(
        t.lower,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "since"
            | "for"
            | "with"
            | "by"
            | "from"
            | "despite"
            | "following"
            | "amid"
            | "under"
            | "over"
            | "however"
            | "meanwhile"
            | "further"
            | "furthermore"
            | "moreover"
            | "yesterday"
            | "today"
            | "earlier"
            | "later"
            | "separately"
            | "also"
            | "still"
            | "instead"
            | "overall"
            | "nevertheless"
            | "but"
            | "and"
            | "so"
            | "yet"
            | "then"
            | "finally"
            | "now"
            | "last"
            | "according"
            | "while"
            | "when"
            | "as"
            | "if"
            | "although"
            | "though"
            | "once"
            | "until"
            | "to"
    ) || t.lower.ends_with("ly") && t.lower.len() > 4
}

/// The subject noun phrase that ends just before token `cue` (skipping
/// adverbs and auxiliaries), with the decided cases of CLAIMS.md: pronouns,
/// relative pronouns (`Fan, who said`), appositions between commas,
/// participial clauses (`A new study documenting ... has revealed`).
fn subject_left(toks: &[Token<'_>], cue: usize, quotes: &Quotes) -> Option<Found> {
    let mut j = cue;
    // Skip adverbs, auxiliaries and time phrases: `also on Tuesday`, `had on Monday`.
    loop {
        if j == 0 {
            return None;
        }
        let t = &toks[j - 1];
        if t.is_word() && is_skippable_before_cue(t.lower) {
            j -= 1;
            continue;
        }
        if t.is_word() && t.lower.ends_with("ly") && t.lower.len() > 4 && !t.is_capitalized() {
            j -= 1;
            continue;
        }
        // `on Tuesday`, `on Monday night`, `last week`, `this week`
        if t.is_word()
            && (t.has(lexicon::WEEKDAY)
                || matches!(
                    t.lower,
                    "week" | "month" | "year" | "night" | "morning" | "evening" | "afternoon"
                ))
            && j >= 2
        {
            let p = toks[j - 2].lower;
            if matches!(p, "on" | "last" | "this" | "next") {
                j -= 2;
                continue;
            }
            if words::is_weekday(p) && j >= 3 && toks[j - 3].lower == "on" {
                j -= 3;
                continue;
            }
        }
        break;
    }
    let end = j; // exclusive
    let t = &toks[end - 1];
    // Pronouns.
    if t.is_word() {
        if matches!(t.lower, "he" | "she" | "it" | "they" | "i" | "we" | "you") {
            return Some(found_np(end - 1, end - 1, true));
        }
        if end >= 2 {
            if let Some(p) = pronoun_at(toks, end - 2).filter(|&p| p == end - 1) {
                let _ = p;
                return Some(found_np(end - 2, end - 1, true));
            }
        }
        // `Fan, who said`: the antecedent.
        if matches!(t.lower, "who" | "which") && end >= 2 {
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
    let (a, b) = np_left(toks, end)?;
    if quotes.inside.get(a).copied().unwrap_or(false)
        != quotes.inside.get(b).copied().unwrap_or(false)
    {
        return None;
    }
    // `Economists polled by Bloomberg had expected`: the agent of a
    // participle is not the subject; the noun phrase before the participle is.
    if a >= 3 && toks[a - 1].lower == "by" && is_participle(&toks[a - 2]) {
        if let Some((a2, b2)) = np_left(toks, a - 2) {
            return Some(found_np(a2, b2, false));
        }
    }
    Some(found_np(a, b, false))
}

fn found_np(first: usize, last: usize, pronoun: bool) -> Found {
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
fn np_left(toks: &[Token<'_>], end: usize) -> Option<(usize, usize)> {
    let last = end.checked_sub(1)?;
    let mut first: Option<usize> = None;
    let mut j = end;
    while j > 0 {
        let k = j - 1;
        let t = &toks[k];
        match t.kind {
            Kind::Word => {
                if is_function(t) {
                    let left_np = k > 0 && is_np_word(&toks[k - 1]);
                    if first.is_some() && is_np_preposition(t.lower) && left_np {
                        j = k;
                        continue;
                    }
                    // `of the Australian ...`: a determiner after an inner preposition.
                    if first.is_some()
                        && matches!(t.lower, "the" | "a" | "an")
                        && k >= 2
                        && is_np_preposition(toks[k - 1].lower)
                        && is_np_word(&toks[k - 2])
                    {
                        j = k - 1;
                        continue;
                    }
                    break;
                }
                // `human rights monitoring mission`: a modifier right before the head.
                let modifies_head = first == Some(k + 1)
                    && k + 1 == last
                    && toks[last]
                        .has(lexicon::ORG_WORD | lexicon::PERSON_WORD | lexicon::DOCUMENT_NOUN);
                if is_participle(t) && first.is_some() && !modifies_head {
                    // `A new study documenting iodine status ... has revealed`:
                    // the subject is before the participial clause.
                    if k > 0 && is_np_word(&toks[k - 1]) {
                        return np_left(toks, k);
                    }
                    break;
                }
                first = Some(k);
                j = k;
            }
            // `34-year-old shopkeeper`: a number inside a compound modifier.
            Kind::Num
                if first.is_some()
                    && toks
                        .get(k + 1)
                        .is_some_and(|h| h.is_punct('-') && !h.space_before) =>
            {
                first = Some(k);
                j = k;
            }
            Kind::Num => break,
            Kind::Punct => {
                let attached_both = !t.space_before
                    && toks.get(k + 1).is_some_and(|n| !n.space_before)
                    && first.is_some();
                if (t.is_punct('-')
                    || t.is_punct('&')
                    || t.is_punct('.')
                    || t.is_punct('’')
                    || t.is_punct('\''))
                    && attached_both
                    && k > 0
                    && (toks[k - 1].is_word() || t.is_punct('-') && toks[k - 1].is_num())
                {
                    j = k;
                    continue;
                }
                // `Hygiene & Tropical Medicine`, `Procter & Gamble`: one name.
                if t.is_punct('&')
                    && first.is_some()
                    && k > 0
                    && toks[k - 1].is_capitalized()
                    && toks[k + 1].is_capitalized()
                {
                    j = k;
                    continue;
                }
                // `Microsoft Corp. said`: a company's abbreviated suffix ends the name.
                if t.is_punct('.')
                    && first.is_none()
                    && k > 0
                    && toks[k - 1].is_capitalized()
                    && toks[k - 1].has(lexicon::SOFT_ABBREVIATION)
                    && !toks[k - 1].has(lexicon::MONTH)
                {
                    first = Some(k - 1);
                    j = k - 1;
                    continue;
                }
                // `U.S.` at the end of a word run: `U.S. Senator`; a title: `Dr. Ana Ruiz`
                if t.is_punct('.')
                    && k > 0
                    && toks[k - 1].is_word()
                    && toks[k - 1].is_capitalized()
                    && (toks[k - 1].text.len() == 1 || toks[k - 1].has(lexicon::TITLE_ABBREVIATION))
                {
                    j = k;
                    continue;
                }
                // A parenthetical right after a name: `Jim Ramstad (R Minnesota)`, `KCNA`.
                if t.is_punct(')') && first.is_none() {
                    if let Some(open) = (k.saturating_sub(8)..k)
                        .rev()
                        .find(|&o| toks[o].is_punct('('))
                    {
                        if open > 0 && toks[open - 1].is_capitalized() {
                            j = open;
                            first = Some(open);
                            continue;
                        }
                    }
                }
                break;
            }
        }
    }
    let mut a = first?;
    let has_name = toks[a..=last].iter().any(|t| t.is_capitalized());
    // Drop a leading verb or stray word: `follows Ukrainian President ...`.
    // A person or body word heads the phrase: `spokesperson for the Foreign Office`.
    let heads_phrase = |t: &Token<'_>| {
        t.has(lexicon::PERSON_WORD | lexicon::ORG_WORD | lexicon::DOCUMENT_NOUN)
            || words::is_person_word(t.lower.trim_end_matches('s'))
    };
    while a < last
        && has_name
        && toks[a].is_lowercase_word()
        && !is_np_modifier(toks[a].lower)
        && !heads_phrase(&toks[a])
        && !toks[a + 1..=last].iter().all(|t| !t.is_capitalized())
    {
        a += 1;
    }
    while a <= last && (toks[a].kind == Kind::Punct && !toks[a].is_punct('(')) {
        a += 1;
    }
    // Too long to be a subject: most likely a clause, not a noun phrase.
    if a > last || last - a > 24 {
        return None;
    }
    let lowercase_only = !has_name;
    if lowercase_only && last - a > 5 {
        return None;
    }
    Some((a, last))
}

/// The noun phrase starting at `from` (after a determiner), walking right.
fn np_right(toks: &[Token<'_>], from: usize, hi: usize) -> Option<(usize, usize)> {
    let mut j = from;
    while j < hi && matches!(toks[j].lower, "the" | "a" | "an") {
        j += 1;
    }
    let start = j;
    let mut last: Option<usize> = None;
    while j < hi && j - start < 24 {
        let t = &toks[j];
        match t.kind {
            Kind::Word => {
                if is_function(t) {
                    let next = toks.get(j + 1);
                    let np_follows = next.is_some_and(|n| {
                        (matches!(n.lower, "the" | "a" | "an")
                            || n.is_capitalized()
                            || is_np_word(n))
                            && !n.has(lexicon::WEEKDAY)
                            && !n.has(lexicon::MONTH)
                    });
                    let familiar_with =
                        t.lower == "with" && j > 0 && toks[j - 1].lower == "familiar";
                    if last.is_some()
                        && (is_np_preposition(t.lower) || familiar_with)
                        && np_follows
                        && !matches!(next.map(|n| n.lower), Some("this" | "last" | "that"))
                    {
                        j += 1;
                        while j < hi && matches!(toks[j].lower, "the" | "a" | "an") {
                            j += 1;
                        }
                        continue;
                    }
                    break;
                }
                if t.has(lexicon::WEEKDAY)
                    || (t.has(lexicon::MONTH) && t.is_capitalized() && last.is_some())
                {
                    break;
                }
                if last.is_some()
                    && (is_participle(t) || t.lower.ends_with("ly") && t.is_lowercase_word())
                {
                    break;
                }
                last = Some(j);
                j += 1;
            }
            Kind::Num => break,
            Kind::Punct => {
                let attached_both = !t.space_before
                    && toks
                        .get(j + 1)
                        .is_some_and(|n| !n.space_before && n.kind != Kind::Punct);
                if last.is_some()
                    && (t.is_punct('-') || t.is_punct('&') || t.is_punct('.'))
                    && attached_both
                {
                    j += 1;
                    continue;
                }
                if t.is_punct('&')
                    && last.is_some()
                    && toks[j - 1].is_capitalized()
                    && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
                {
                    j += 1;
                    continue;
                }
                // `U.S. Senator`, `Dr. Ana Ruiz`
                if t.is_punct('.')
                    && last.is_some()
                    && (toks[j - 1].text.len() == 1 || toks[j - 1].has(lexicon::TITLE_ABBREVIATION))
                    && toks[j - 1].is_capitalized()
                    && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
                {
                    last = Some(j);
                    j += 1;
                    continue;
                }
                if t.is_punct('(') && last.is_some() {
                    if let Some(close) = (j + 1..(j + 8).min(hi)).find(|&c| toks[c].is_punct(')')) {
                        last = Some(close);
                        j = close + 1;
                        continue;
                    }
                }
                break;
            }
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

/// `Ri Il Gyu, a former counselor at North Korea’s embassy in Cuba, also told`:
/// the name with its appositions; or `The results of the study published
/// this week, revealed`: the noun phrase before the participial clause.
fn appositive_subject(toks: &[Token<'_>], comma: usize, quotes: &Quotes) -> Option<Found> {
    if quotes.inside.get(comma).copied().unwrap_or(false) {
        return None;
    }
    let mut commas = vec![comma];
    let mut k = comma;
    let floor = comma.saturating_sub(MAX_APPOSITION_TOKENS);
    while k > floor {
        k -= 1;
        let t = &toks[k];
        if is_quote_mark(t) || t.is_punct(';') || t.is_punct(':') || t.is_punct('—') {
            return None;
        }
        if t.is_punct(',') {
            commas.push(k);
        }
    }
    commas.reverse();
    // Skip an opening adverbial: `Meanwhile, ...`, `In June, ...`.
    let mut seg = 0;
    let mut s0 = 0;
    while seg + 1 < commas.len() {
        if !is_opening_adverbial(&toks[s0]) {
            break;
        }
        s0 = commas[seg] + 1;
        seg += 1;
    }
    let c1 = commas[seg];
    let (a, b) = np_right(toks, s0, c1)?;
    if a > s0 + 1
        || !toks[a..=b]
            .iter()
            .any(|t| t.is_capitalized() || is_np_word(t))
    {
        return None;
    }
    let reaches_end = b + 1 == c1;
    if seg + 1 == commas.len() {
        // One comma: the participial clause between subject and verb is dropped.
        return Some(found_np(a, b, false));
    }
    if !reaches_end {
        return Some(found_np(a, b, false));
    }
    // `The figures, released by the statistics office, showed`: a participial
    // clause between the commas is dropped, an apposition stays.
    if toks
        .get(c1 + 1)
        .is_some_and(|t| is_participle(t) && !t.has(lexicon::PERSON_WORD))
    {
        return Some(found_np(a, b, false));
    }
    // Appositions run up to the comma before the verb.
    Some(found_np(a, comma - 1, false))
}

/// The subject at the start of the sentence, after opening adverbials.
fn sentence_subject(toks: &[Token<'_>], before: usize) -> Option<Found> {
    let mut s = 0;
    // `However, ...` / `In June, ...`
    if let Some(c) = toks[..before].iter().position(|t| t.is_punct(',')) {
        if is_opening_adverbial(&toks[0]) {
            s = c + 1;
        }
    }
    while s < before
        && (is_quote_mark(&toks[s])
            || matches!(
                toks[s].lower,
                "but" | "and" | "so" | "yet" | "further" | "meanwhile" | "however"
            ))
    {
        s += 1;
    }
    if let Some(p) = pronoun_at(toks, s) {
        if p < before {
            return Some(found_np(s, p, true));
        }
    }
    let (a, b) = np_right(toks, s, before)?;
    source_like(&toks[a..=b]).then(|| found_np(a, b, false))
}

/// The subject of the first verb of a sentence, for a later verb
/// coordinated with it. The first verb must follow the subject at once (a
/// lowercase word), so a fronted phrase or a clause is not taken; in a
/// headline a lowercase word right after a name is that verb (`NASA
/// celebrates ...`), which the noun phrase walk would read as one phrase.
fn shared_subject(toks: &[Token<'_>], cue: usize) -> Option<Found> {
    let f = sentence_subject(toks, cue)?;
    let is_verb = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_lowercase_word() && !is_function(t))
    };
    let verb = (f.first + 1..=f.last)
        .find(|&k| is_verb(k) && toks[k - 1].is_capitalized())
        .unwrap_or(f.last + 1);
    if !is_verb(verb) || verb >= cue || is_first_or_second_person(&toks[f.first..verb]) {
        return None;
    }
    Some(found_np(f.first, verb - 1, f.pronoun))
}

/// The subject of a sentence whose verb owns the quotation opening at `q`.
fn subject_before(toks: &[Token<'_>], q: usize) -> Option<Found> {
    let f = sentence_subject(toks, q)?;
    if is_first_or_second_person(&toks[f.first..=f.last]) {
        return None;
    }
    // The subject must be followed by its verb, not be inside a list or quote.
    (f.last + 1 < q).then_some(f)
}

// ---------------------------------------------------------------------------
// Relays and pronouns

/// `via` of every source: the one relaying it (CLAIMS.md).
fn relays(toks: &[Token<'_>], found: &[Found], quotes: &Quotes) -> Vec<Option<usize>> {
    let mut via = vec![None; found.len()];
    let inside = |f: &Found| quotes.inside.get(f.first).copied().unwrap_or(false);
    // A speaker outside the quotation relays the sources quoted inside it.
    if let Some(outer) = found.iter().position(|f| !inside(f) && f.cue != "quote") {
        for (k, f) in found.iter().enumerate() {
            if k != outer && inside(f) {
                via[k] = Some(outer);
            }
        }
    }
    // A trailing `, Yonhap reported.` / `as per the report` relays what comes before.
    if let Some(r) = found.iter().rposition(|f| f.trailing) {
        for k in 0..r {
            if via[k].is_none() && !inside(&found[k]) && !found[k].trailing {
                via[k] = Some(r);
            }
        }
    }
    // A source in the clause of an earlier reporting verb is relayed by it:
    // `The New York Times reported ... citing a senior US official`.
    for (k, f) in found.iter().enumerate() {
        if via[k].is_some() || f.trailing {
            continue;
        }
        let frame = found[..k].iter().position(|p| {
            p.frames
                && !p.trailing
                && p.cue != "as per"
                && p.cue != "according to"
                && p.cue != "quote"
                && p.cue_tok < f.first.min(f.cue_tok.max(f.first))
                && !clause_break(toks, p.cue_tok, f.first)
        });
        if let Some(p) = frame {
            via[k] = Some(p);
        }
    }
    // `X, quoted by the TASS news agency, said`: the agent relays X.
    for k in 0..found.len() {
        let f = &found[k];
        if matches!(f.cue.as_str(), "quoted" | "cited")
            && toks.get(f.cue_tok + 1).is_some_and(|t| t.lower == "by")
        {
            if let Some(p) = (0..k)
                .filter(|&p| found[p].last < f.cue_tok && via[p].is_none())
                .max_by_key(|&p| found[p].last)
            {
                via[p] = Some(k);
            }
        }
    }
    // `The New York Times, citing two people ..., reported`: the phrase that
    // `citing` hangs on relays the sources it cites.
    for k in 0..found.len() {
        if via[k].is_none() && matches!(found[k].cue.as_str(), "citing" | "quoting") {
            via[k] = (0..found.len())
                .filter(|&p| p != k && found[p].last < found[k].cue_tok && found[p].cue != "quote")
                .max_by_key(|&p| found[p].last);
        }
    }
    // Never point at oneself, never form a cycle of two.
    for k in 0..via.len() {
        if let Some(v) = via[k] {
            if v == k || via[v] == Some(k) {
                via[k] = None;
            }
        }
    }
    via
}

/// A coordinated clause or a new sentence part between two tokens ends the
/// first one's reach: `... confirming X and he said`.
fn clause_break(toks: &[Token<'_>], from: usize, to: usize) -> bool {
    let to = to.min(toks.len());
    (from + 1..to).any(|k| {
        let t = &toks[k];
        t.is_punct(';')
            || t.lower == "and"
                && toks
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower, "he" | "she" | "they" | "it" | "we" | "i"))
            || matches!(t.lower, "but" | "while" | "whereas") && k > 0 && toks[k - 1].is_punct(',')
    })
}

/// The head part of a noun phrase: up to its first preposition, comma or
/// parenthesis (`Lydia Buchtmann` of `Lydia Buchtmann for Food Standards`).
fn head_part<'b, 'a>(toks: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let cut = toks
        .iter()
        .position(|t| {
            t.is_punct(',')
                || t.is_punct('(')
                || t.is_word() && matches!(t.lower, "of" | "for" | "from" | "at" | "in" | "with")
        })
        .unwrap_or(toks.len());
    if cut == 0 {
        toks
    } else {
        &toks[..cut]
    }
}

fn class_of(toks: &[Token<'_>]) -> Class {
    let toks = head_part(toks);
    let last = toks.last().map_or("", |t| t.lower);
    if toks
        .iter()
        .any(|t| words::is_person_word(t.lower.trim_end_matches('.')))
        && !words::is_org_word(last)
    {
        return if last.ends_with('s') && !toks.iter().any(|t| t.is_capitalized()) {
            Class::Group
        } else {
            Class::Person
        };
    }
    if words::is_document_noun(last) {
        return if last.ends_with('s') {
            Class::Things
        } else {
            Class::Thing
        };
    }
    if toks.iter().any(|t| t.has(lexicon::ORG_WORD)) {
        return Class::Org;
    }
    let caps: Vec<&Token<'_>> = toks.iter().filter(|t| t.is_capitalized()).collect();
    if !caps.is_empty() {
        // Two or more capitalised words without an organisation word read as a person's name.
        if caps.len() >= 2
            && toks.iter().all(|t| {
                !t.text
                    .chars()
                    .all(|c| c.is_uppercase() || !c.is_alphabetic())
                    || t.text.len() == 1
            })
        {
            return Class::Person;
        }
        // A single capitalised word: a surname or an outlet.
        return if caps.len() == 1
            && toks.len() == 1
            && caps[0].text.chars().filter(|c| c.is_uppercase()).count() == 1
        {
            Class::Person
        } else {
            Class::Org
        };
    }
    if last.ends_with('s') {
        Class::Group
    } else {
        Class::Thing
    }
}

fn resolve(
    pronoun: &Token<'_>,
    state: &DocState,
    here: &[(usize, usize, Class)],
    toks: &[Token<'_>],
) -> Option<[usize; 2]> {
    let (first, fallback): (&[Class], &[Class]) = match pronoun.lower {
        "he" | "she" | "his" | "her" => (&[Class::Person], &[]),
        "it" | "its" => (&[Class::Org, Class::Thing], &[]),
        // `they` is a group of people first, an organisation otherwise.
        "they" | "their" => (&[Class::Group], &[Class::Org, Class::Things]),
        _ => return None,
    };
    for wanted in [first, fallback] {
        if wanted.is_empty() {
            continue;
        }
        let in_sentence = here
            .iter()
            .rev()
            .find(|m| toks[m.1].end <= pronoun.start && wanted.contains(&m.2))
            .map(|m| [toks[m.0].start, toks[m.1].end]);
        let earlier = || {
            state
                .antecedents
                .iter()
                .rev()
                .take(8)
                .find(|a| wanted.contains(&a.class))
                .map(|a| [a.start, a.end])
        };
        if let Some(r) = in_sentence.or_else(earlier) {
            return Some(r);
        }
    }
    None
}

/// The sentence's full mentions that a pronoun may stand for, in order:
/// its sources, and names outside quotes (the first, usually the subject,
/// or one with a title: `Representative Marcy Kaptur (D Ohio)`), and `the X`
/// names that end their phrase (`The South`, but not `the Australian population`).
fn mentions(toks: &[Token<'_>], found: &[Found], quotes: &Quotes) -> Vec<(usize, usize, Class)> {
    let mut mentions: Vec<(usize, usize, Class)> = found
        .iter()
        .filter(|f| !f.pronoun)
        .map(|f| (f.first, f.last, class_of(&toks[f.first..=f.last])))
        .collect();
    // `Tenant groups were skeptical. They said ...`: a plural subject of
    // people or bodies is what a later `they` may stand for.
    if let Some((a, b)) = np_right(toks, 0, toks.len().min(8)) {
        let head = toks[b].lower;
        let singular = head.trim_end_matches('s');
        let people = words::is_person_word(singular)
            || lexicon::has(singular, lexicon::ORG_WORD)
            || source_like(&toks[b..=b]) && head.ends_with('s');
        let verb_follows = toks.get(b + 1).is_some_and(|n| n.is_lowercase_word());
        if toks[b].is_lowercase_word()
            && head.ends_with('s')
            && !head.ends_with("ss")
            && people
            && verb_follows
            && !mentions.iter().any(|m| m.0 <= b && a <= m.1)
        {
            mentions.push((a, b, Class::Group));
        }
    }
    let mut k = 0;
    let mut first_run = true;
    while k < toks.len() {
        let t = &toks[k];
        if !t.is_capitalized()
            || quotes.inside[k]
            || t.has(lexicon::MONTH)
            || t.has(lexicon::WEEKDAY)
            || is_function(t)
            || t.has(lexicon::SENTENCE_STARTER)
        {
            k += 1;
            continue;
        }
        let a = k;
        while k + 1 < toks.len()
            && (toks[k + 1].is_capitalized()
                || toks[k + 1].is_punct('-') && !toks[k + 1].space_before)
            && !quotes.inside[k + 1]
        {
            k += 1;
        }
        let mut b = k;
        if toks.get(b + 1).is_some_and(|t| t.is_punct('(')) {
            if let Some(c) = (b + 2..(b + 8).min(toks.len())).find(|&c| toks[c].is_punct(')')) {
                b = c;
            }
        }
        let run = &toks[a..=k];
        // A title comes before a name: `President Biden`, not `Budweiser Man`.
        let titled = run[..run.len() - 1]
            .iter()
            .any(|t| t.has(lexicon::PERSON_WORD));
        let ends_phrase = toks
            .get(b + 1)
            .is_none_or(|n| !n.is_lowercase_word() || n.has(lexicon::FUNCTION_WORD));
        let after_the = a > 0 && toks[a - 1].lower == "the";
        let overlaps = mentions.iter().any(|m| m.0 <= b && a <= m.1);
        if !overlaps {
            if after_the {
                if ends_phrase {
                    mentions.push((a, b, Class::Org));
                }
            } else if (titled || first_run && run.len() >= 2) && class_of(run) == Class::Person {
                mentions.push((a, b, Class::Person));
            }
        }
        first_run = false;
        k += 1;
    }
    mentions.sort_by_key(|m| m.0);
    mentions
}

#[cfg(test)]
mod tests {
    use crate::extract;

    /// (text, attributed, sources as "text/cue[/->refers-to-text][/via N]")
    fn sources_of(text: &str) -> Vec<(bool, Vec<String>)> {
        extract(text)
            .sentences
            .iter()
            .map(|s| {
                let list = s
                    .sources
                    .iter()
                    .map(|m| {
                        let mut d = format!("{}/{}", m.text, m.cue);
                        if let Some([a, b]) = m.refers_to {
                            d += &format!("/->{}", &text[a..b]);
                        }
                        if let Some(v) = m.via {
                            d += &format!("/via {v}");
                        }
                        d
                    })
                    .collect();
                (s.attributed, list)
            })
            .collect()
    }

    #[test]
    fn attribution_follows_claims_md() {
        // One row per rule; the last sentence of each text is the one checked.
        let cases: &[(&str, bool, &[&str])] = &[
            ("The minister said the bridge would reopen.", true, &["minister/said"]),
            ("Prices will rise, the central bank warned.", true, &["central bank/warned"]),
            ("\"We are ready,\" said Defence Secretary Ana Ruiz.", true, &["Defence Secretary Ana Ruiz/said"]),
            ("\"Prices are falling,\" said Li Wei, chief economist at a bank in Shanghai.", true, &["Li Wei, chief economist at a bank in Shanghai/said"]),
            ("\"No,\" said Jim Ross (R Ohio), who voted against it.", true, &["Jim Ross (R Ohio)/said"]),
            ("Economists polled by Bloomberg had forecast a rise.", true, &["Economists/forecast"]),
            ("According to the World Bank, growth slowed.", true, &["World Bank/according to"]),
            // A subject shared by coordinated verbs is the speech verb's source.
            ("NASA celebrates 30 years of flight; announces new homes for the shuttles", true, &["NASA/announces"]),
            ("The ministry visited the site on Monday and said the road would reopen.", true, &["ministry/said"]),
            ("We visited the site and said nothing.", false, &[]),
            ("Growth slowed, as per the finance ministry.", true, &["finance ministry/as per"]),
            ("Reuters reported the deal, citing two people familiar with the matter.", true, &["Reuters/reported", "two people familiar with the matter/citing/via 0"]),
            ("The New York Times, citing two people familiar with the talks, reported that a vote was planned.", true, &["New York Times/reported", "two people familiar with the talks/citing/via 0"]),
            ("Le Monde cited a senior diplomat as saying talks had stalled.", true, &["Le Monde/cited", "senior diplomat/cited/via 0"]),
            ("The governor told reporters that schools would close.", true, &["governor/told"]),
            ("Mayor Tom Hale spoke first. He said the budget was balanced.", true, &["He/said/->Mayor Tom Hale"]),
            ("Ravi Patel, a spokesman for the airline, said flights resumed.", true, &["Ravi Patel, a spokesman for the airline/said"]),
            ("Farmers and traders say prices doubled.", true, &["Farmers/say", "traders/say"]),
            ("The agency said the plant was safe, the ministry reported.", true, &["agency/said/via 1", "ministry/reported"]),
            ("The study found that sleep improves memory.", true, &["study/found"]),
            ("Health officials believe the outbreak is contained.", true, &["Health officials/believe"]),
            ("The senator in a statement said she would resign.", true, &["senator/in a statement said"]),
            ("Analysts called the plan a \"reckless gamble\".", true, &["Analysts/called"]),
            ("The figures, released by the statistics office on Tuesday, showed wages grew.", true, &["figures/showed"]),
            ("Poland's armed forces said an object entered its airspace.", true, &["Poland's armed forces/said"]),
            ("Ukraine's state emergency service said 22 people were rescued.", true, &["Ukraine's state emergency service/said"]),
            ("The U.N. human rights monitoring mission has confirmed 10,000 deaths.", true, &["U.N. human rights monitoring mission/confirmed"]),
            ("Russia's defence ministry, quoted by the TASS news agency, said all targets were hit.", true, &["Russia's defence ministry/said/via 1", "TASS news agency/quoted"]),
            ("Microsoft Corp. said last week it would eliminate 10,000 positions.", true, &["Microsoft Corp./said"]),
            ("Amazon.com Inc. has said it plans to lay off 18,000.", true, &["Amazon.com Inc./said"]),
            ("Microsoft said it would cut 10,000 jobs, while Amazon has said it plans to cut 18,000.", true, &["Microsoft/said", "Amazon/said"]),
            ("Tenant groups were skeptical. They said promises had been broken.", true, &["They/said/->Tenant groups"]),
            ("The budget office estimated a cost of $600 million. Its analysts wrote that costs could rise.", true, &["Its analysts/wrote/->budget office"]),
            ("A spokesperson for the Foreign Office confirmed the figure.", true, &["spokesperson for the Foreign Office/confirmed"]),
            ("Inflation rose, data from the statistics office showed on Tuesday.", true, &["data from the statistics office/showed"]),
            ("The 34-year-old shopkeeper said he had lost his home.", true, &["34-year-old shopkeeper/said"]),
            ("The United Nations said 465 houses were destroyed. It added that its teams were there.", true, &["It/added/->United Nations"]),
            ("\"It is hot,\" said Dr. Ana Ruiz, a lecturer at the institute.", true, &["Dr. Ana Ruiz, a lecturer at the institute/said"]),
            ("Researchers at the London School of Hygiene & Tropical Medicine found that deaths tripled.", true, &["Researchers at the London School of Hygiene & Tropical Medicine/found"]),
            ("\"Sales rose,\" said a spokeswoman for Procter & Gamble.", true, &["spokeswoman for Procter & Gamble/said"]),
            // Not attribution: cue words used as nouns and adjectives.
            ("The carmaker cut its full-year forecast, blaming weak demand.", false, &[]),
            ("Revenue fell short of a previous estimate of $4 billion.", false, &[]),
            ("The stock trades at 6 times expected earnings.", false, &[]),
            ("Officials released a revised forecast on Monday.", false, &[]),
            ("The union called for a strike on Monday.", false, &[]),
            ("No injuries were reported.", false, &[]),
            ("The company reportedly lost money.", false, &[]),
            ("The council signed a treaty with its neighbours.", false, &[]),
            ("Critics mocked the \"new normal\".", false, &[]),
            ("The report has prompted calls for reform.", false, &[]),
            // Quotes.
            ("\"The roads are closed and nobody can get through.\"", true, &[]),
            ("She said, \"We will rebuild.", true, &["She/said"]),
            ("She said, \"We will rebuild. It will take years.", true, &[]),
            ("She said, \"We will rebuild. It will take years.\"", true, &[]),
        ];
        let mut failures = Vec::new();
        for (text, attributed, expected) in cases {
            let got = sources_of(text);
            let (a, list) = got.last().cloned().unwrap_or((false, vec![]));
            let want: Vec<String> = expected.iter().map(|s| s.to_string()).collect();
            if a != *attributed || list != want {
                failures.push(format!(
                    "{text:?}\n   got {a} {list:?}\n  want {attributed} {want:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} rows differ:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
