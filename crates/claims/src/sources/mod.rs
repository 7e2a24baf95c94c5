//! Attribution: who said, reported, showed or believed what in a sentence,
//! with the cue, relay chains (`via`) and pronouns resolved to an earlier
//! full mention. Also decides whether a sentence is attributed at all
//! (a cue with a source, or a direct quote, or a sentence inside a quote).

use std::collections::VecDeque;

use crate::lexicon;
use crate::lexicon::CueClass;
use crate::token::{Kind, Token};
use crate::words;
use crate::SourceMention;

mod cues;
mod phrases;
mod quotes;
mod relays;
#[cfg(test)]
mod tests;

use cues::*;
use phrases::*;
use quotes::*;
use relays::*;

/// What the analysis carries from one sentence to the next.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct DocState {
    /// A quotation is open (opened in an earlier sentence).
    quote_open: bool,
    /// Sentences the open quotation has run through: an unbalanced quote
    /// mark must not make the rest of the document "quoted".
    quote_sentences: u32,
    /// Recent full mentions that a later pronoun may stand for, newest last.
    antecedents: VecDeque<Antecedent>,
    /// The open quotation was opened with a single mark (`read_quote_marks`).
    single_quote_open: bool,
    /// The sentence before ended with a closing quote mark: a sentence of
    /// only a speaker and a verb after it speaks that quotation.
    after_quote: bool,
}

/// The hash of a mention's last word if it is capitalised (a surname, as a
/// key), else 0.
fn surname_key(words: &[Token<'_>]) -> u64 {
    words
        .last()
        .filter(|t| t.is_capitalized())
        .map_or(0, |t| name_hash(t.lower))
}

/// Where the capitalised owner that opens a phrase of more words ends,
/// its `'s` left out (`Toyota's chief executive`), else 0.
fn possessor_end(words: &[Token<'_>]) -> usize {
    match words {
        [owner, _, ..] if owner.is_capitalized() && owner.is_possessive() => {
            owner.end_before_possessive()
        }
        _ => 0,
    }
}

/// The key of the last body noun a definite description could take up
/// (`the bank`, `the agency`), else 0.
fn body_noun_key(words: &[Token<'_>]) -> u64 {
    words
        .iter()
        .rev()
        .find(|t| t.has(lexicon::DEFINITE_BODY_NOUN))
        .map_or(0, |t| name_hash(t.lower))
}

/// The key of the last role noun a definite description could take up
/// (`minister` in `Foreign Minister Wang Yi`: a later `the minister`),
/// else 0. Only a mention with a name holds one: a description taken up
/// by a later one would chain every `the minister` to the first.
fn role_noun_key(words: &[Token<'_>]) -> u64 {
    if !words
        .iter()
        .any(|t| t.is_capitalized() && !t.has(lexicon::PERSON_WORD))
    {
        return 0;
    }
    words
        .iter()
        .rev()
        .find(|t| is_role_noun(t))
        .map_or(0, |t| name_hash(t.lower))
}

/// The sources found as the extraction reports them, pronouns resolved
/// (CLAIMS.md: `refers_to` is for pronouns only).
fn source_mentions(
    text: &str,
    toks: &[Token<'_>],
    state: &DocState,
    found: &[Found],
    via: &[Option<usize>],
    mentions: &[(usize, usize, Class)],
) -> Vec<SourceMention> {
    found
        .iter()
        .zip(via)
        .map(|(f, &via)| {
            let start = toks[f.first].start;
            let end = toks[f.last].end;
            let refers_to = f
                .pronoun
                .then(|| resolve(description_head(toks, f), state, mentions, toks))
                .flatten();
            SourceMention {
                start,
                end,
                text: text[start..end].to_string(),
                cue: f.cue.clone(),
                pronoun: f.pronoun,
                refers_to,
                via,
            }
        })
        .collect()
}

/// The word a pronoun source is resolved by: the pronoun (`he`, `his` in
/// `his office`), or a description's head noun (`governor` in `the former
/// governor`).
fn description_head(toks: &[Token<'_>], f: &Found) -> usize {
    let first = &toks[f.first];
    if f.last > f.first && first.is_lowercase_word() && !phrases::is_possessive_determiner(first) {
        f.last
    } else {
        f.first
    }
}

/// A singular noun for a person's role or office: `minister`, `judge`.
fn is_role_noun(t: &Token<'_>) -> bool {
    t.is_word() && t.has(lexicon::PERSON_WORD) && !relays::may_be_plural_noun(t)
}

fn name_hash(name: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = rustc_hash::FxHasher::default();
    name.hash(&mut hasher);
    hasher.finish()
}

impl DocState {
    /// The sex a full name among the recent mentions gave the surname
    /// that ends `words` (`Angela Merkel` makes a later `Merkel` a woman);
    /// `Unknown` where two of them differ (`Hillary Clinton`, `Mr.
    /// Clinton`). Only the recent mentions are asked, not the whole
    /// document: the state must be one that a run starting at a later
    /// paragraph comes to (`crate::parallel`).
    fn sex_of_surname(&self, words: &[Token<'_>]) -> Gender {
        let key = surname_key(words);
        if key == 0 {
            return Gender::Unknown;
        }
        let mut sexes = self
            .antecedents
            .iter()
            .filter(|a| a.surname == key && a.named_sex != Gender::Unknown)
            .map(|a| a.named_sex);
        let first = sexes.next().unwrap_or(Gender::Unknown);
        if sexes.all(|g| g == first) {
            first
        } else {
            Gender::Unknown
        }
    }

    /// A quotation open from the sentence before runs on into this one: not
    /// across a blank line, and not past `MAX_QUOTE_SENTENCES`.
    fn carries_quotation(&self, brk: Break) -> bool {
        self.quote_open && brk != Break::Blank && self.quote_sentences < MAX_QUOTE_SENTENCES
    }
}

/// Which marks a sentence's quotations are written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteMarks {
    Double,
    /// Single marks as the quotation marks (British body text, American
    /// headlines): a quotation there is attributed only with its speaker.
    Single,
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

/// What a mention's words say of a person's sex (`Mrs.`, `spokesman`), for
/// `he` and `she`; most names say nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Unknown,
    Female,
    Male,
}

impl Gender {
    /// `self` is the sex a pronoun excludes (`Female` for `he`): whether a
    /// mention of sex `g` is ruled out. `Unknown` rules out nothing.
    fn rules_out(self, g: Gender) -> bool {
        self != Gender::Unknown && g == self
    }
    /// `self` is the sex a pronoun excludes: whether `g` is the pronoun's
    /// own (known, and not the excluded one).
    fn is_opposite_of(self, g: Gender) -> bool {
        self != Gender::Unknown && g != Gender::Unknown && g != self
    }
}

/// How a mention spoke in its sentence, for a later pronoun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Voice {
    /// Said, reported, showed ... (outside quotation marks).
    Speaker,
    /// Framed the sentence: `according to X`, `as per X`.
    Framing,
    /// Only named.
    Named,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Antecedent {
    start: usize,
    end: usize,
    class: Class,
    /// The first mention of its sentence: the ring's sentence boundary.
    opens_sentence: bool,
    voice: Voice,
    gender: Gender,
    /// One capitalised word (`Shell`, `Reuters`, `Smith`): a surname as
    /// often as a body, so `it` may stand for it when nothing else fits.
    one_name: bool,
    /// Read as a person only for its capitals (`Ryanair`, `Manchester
    /// United`; no title, role or sex): what `the airline`, `the club`
    /// stand for when no body was named.
    bare_name: bool,
    /// `surname_key` of its words where `named_sex` is known, else 0.
    surname: u64,
    /// The sex its own words give a full name (`Angela Merkel`, `Mr.
    /// Clinton`), for its surname alone later (`sex_of_surname`).
    named_sex: Gender,
    /// `name_hash` of the last body noun in its words (`bank` in `Analysts
    /// at Danske Bank`), else 0: what a later `the bank` stands for.
    body_noun: u64,
    /// `role_noun_key` of its words: what a later `the minister` stands for.
    role_noun: u64,
    /// Where a capitalised owner that opens it ends (`Toyota` in `Toyota's
    /// chief executive`), else 0: a body a later `the company` may mean.
    possessor_end: usize,
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

/// The sources found, as CLAIMS.md draws them: spans settled, a definite
/// body noun marked to be resolved, in order without overlaps, and none
/// that quoted words or a restated speaker give.
fn settle_sources(toks: &[Token<'_>], quotes: &Quotes, found: &mut Vec<Found>) {
    for f in found.iter_mut().filter(|f| !f.pronoun) {
        phrases::settle_span(toks, f);
        // `The company said`, `the agency said`: a definite noun standing
        // for a body named before, resolved like `it`; `the latter said`
        // stands for the last of two named.
        // (`the minister said`, `the former governor said`: a role named
        // before, with its holder. Not `the health ministry`: with other
        // modifiers a description is as often a first mention.)
        let head = &toks[f.last];
        let former = f.last == f.first + 1 && toks[f.first].lower == "former";
        let described = head.is_lowercase_word()
            && (f.first == f.last && head.has(lexicon::DEFINITE_BODY_NOUN)
                || (f.first == f.last || former) && is_role_noun(head));
        f.pronoun = f.first > 0
            && toks[f.first - 1].lower == "the"
            && (described || f.first == f.last && relays::is_latter_or_former(&toks[f.first]));
    }
    found.sort_by_key(|f| (f.first, f.last));
    found.dedup_by(|b, a| a.first <= b.last && b.first <= a.last);
    found.retain(|f| !quotes.is_inside(f.cue_tok) || is_named(toks, f));
    let restated: Vec<bool> = found
        .iter()
        .map(|f| restates_speaker(toks, f, found))
        .collect();
    let mut restated = restated.into_iter();
    found.retain(|_| !restated.next().unwrap_or(false));
}

/// Inside someone's quoted words only a named speaker is a source (`"Even
/// Administrator Bolden stated as much," Cornyn said`): a pronoun or a
/// common noun there (`"... what they say," he said`, `"People say ..."`)
/// is part of the words quoted, not a speaker the article reports. Named:
/// a capitalised word that is not capitalised only for opening the
/// quotation or the sentence.
fn is_named(toks: &[Token<'_>], f: &Found) -> bool {
    let opens = |k: usize| k == 0 || is_quote_mark(&toks[k - 1]);
    !f.pronoun && (f.first..=f.last).any(|k| toks[k].is_capitalized() && !opens(k))
}

/// `Weaver said he believes ...`, `voters say they think ...`, `told CNN
/// that he believes`: a pronoun opening the clause a speech verb reports
/// is that speaker again, one source with two verbs (CLAIMS.md), not a
/// second speaker.
fn restates_speaker(toks: &[Token<'_>], f: &Found, found: &[Found]) -> bool {
    f.pronoun
        && found.iter().any(|g| {
            g.frames && g.cue_tok < f.first && {
                let between = &toks[g.cue_tok + 1..f.first];
                // (`telling reporters during a visit to Scotland on Friday
                // that he thinks`: an addressee, a place and a time.)
                let clause_opens = between.is_empty()
                    || between.len() <= 12
                        && between.last().is_some_and(|t| t.lower == "that")
                        && between.iter().all(|t| t.is_word());
                clause_opens
            }
        })
}

/// The sentence's mentions, kept for the pronouns of the sentences after,
/// in the order they stand: the names and the speakers, and what each
/// pronoun that spoke stands for.
fn remember_mentions(
    toks: &[Token<'_>],
    state: &mut DocState,
    mentions: &[(usize, usize, Class)],
    found: &[Found],
    quotes: &Quotes,
    sources: &[SourceMention],
) {
    let mut entries: Vec<(usize, Antecedent)> = mentions
        .iter()
        .map(|&(a, b, class)| {
            let words = &toks[a..=b];
            let own = gender_of(words);
            // (Only a person's sex is ever asked: `he`, `she`.)
            let gender = match own {
                Gender::Unknown if class == Class::Person => state.sex_of_surname(words),
                known => known,
            };
            let named_sex = if class == Class::Person && b > a {
                own
            } else {
                Gender::Unknown
            };
            let antecedent = Antecedent {
                start: toks[a].start,
                end: toks[b].end,
                class,
                opens_sentence: false,
                voice: voice_of(found, quotes, a, b),
                gender,
                one_name: a == b && toks[a].is_capitalized(),
                bare_name: class == Class::Person
                    && gender == Gender::Unknown
                    && is_bare_name(words)
                    && !personal_pronoun_after(toks, b),
                // (Read only beside a known sex: `sex_of_surname`.)
                surname: if named_sex == Gender::Unknown {
                    0
                } else {
                    surname_key(words)
                },
                named_sex,
                body_noun: body_noun_key(words),
                role_noun: role_noun_key(words),
                possessor_end: possessor_end(words),
            };
            (a, antecedent)
        })
        .collect();
    let spoken = speaking_pronouns(toks, state, quotes, found, sources, &entries);
    entries.extend(spoken);
    entries.sort_by_key(|e| e.0);
    for (k, (_, mut antecedent)) in entries.into_iter().enumerate() {
        antecedent.opens_sentence = k == 0;
        state.antecedents.push_back(antecedent);
        if state.antecedents.len() > MAX_ANTECEDENTS {
            state.antecedents.pop_front();
        }
    }
}

/// `Dawson smiled and lifted a sign of her own`: a personal pronoun later
/// in the sentence says the name before it is a person's, which no `it`
/// or `the company` stands for.
fn personal_pronoun_after(toks: &[Token<'_>], b: usize) -> bool {
    toks[b + 1..].iter().any(|t| {
        matches!(
            t.lower,
            "he" | "she" | "his" | "her" | "him" | "himself" | "herself"
        )
    })
}

/// Capitalised words and nothing that marks a person (a title, a role, an
/// owner): `Ryanair`, `Amnesty International`, but not `Mr. Smith` nor `The
/// Washington Post's Robert Costa`.
fn is_bare_name(words: &[Token<'_>]) -> bool {
    words.iter().all(|t| {
        t.is_capitalized()
            && !t.is_possessive()
            && !t.has(lexicon::PERSON_WORD | lexicon::TITLE_ABBREVIATION)
    })
}

/// What the pronouns that spoke outside quotation marks stand for, as
/// speakers of this sentence: `Ebeling said ... What got under her skin,
/// she said, was a question ... when a man asked Clinton why. "...," she
/// said.` The second `she` continues the speaker, not the last name.
fn speaking_pronouns(
    toks: &[Token<'_>],
    state: &DocState,
    quotes: &Quotes,
    found: &[Found],
    sources: &[SourceMention],
    here: &[(usize, Antecedent)],
) -> Vec<(usize, Antecedent)> {
    found
        .iter()
        .zip(sources)
        .filter(|(f, _)| f.pronoun && !quotes.is_inside(f.first))
        .filter_map(|(f, s)| {
            let [start, end] = s.refers_to?;
            let same = |a: &Antecedent| a.start == start && a.end == end;
            let known = here
                .iter()
                .map(|e| e.1)
                .find(|a| same(a))
                .or_else(|| state.antecedents.iter().rev().copied().find(|a| same(a)))?;
            // (`Analysts at Danske Bank ... The bank said`: what `the
            // bank` stands for is the body, whatever class held its name.)
            let body = toks[description_head(toks, f)].has(lexicon::DEFINITE_BODY_NOUN);
            Some((
                f.first,
                Antecedent {
                    voice: Voice::Speaker,
                    one_name: false,
                    bare_name: false,
                    class: if body { Class::Org } else { known.class },
                    ..known
                },
            ))
        })
        .collect()
}

/// `"Donald can't," the email read.`: a quotation too short to read as
/// speech on its own is speech when its speaker and verb follow it.
/// (Inverted, `," added Zarate`, only after a cue verb: `“The
/// Apprentice,” listed an NBC show` is no speaker.)
fn speaker_of_short_quote(toks: &[Token<'_>], quotes: &Quotes) -> Option<Found> {
    phrases::speaker_after_quote(toks, quotes)
        .filter(|f| f.cue_tok > f.last || toks[f.cue_tok].cue_class().is_some())
}

/// The sentence's mentions a later pronoun may stand for. `The ministry
/// said`, with no body named before: the definite body noun names its own
/// referent, is no pronoun, and is a mention a later `it` may stand for.
fn mentions_naming_bodies(
    toks: &[Token<'_>],
    state: &DocState,
    quotes: &Quotes,
    found: &mut [Found],
) -> Vec<(usize, usize, Class)> {
    let mentions = mentions(toks, found, quotes);
    let mut own_names = false;
    for f in found.iter_mut() {
        let head = description_head(toks, f);
        let t = &toks[head];
        let description = t.has(lexicon::DEFINITE_BODY_NOUN) || is_role_noun(t);
        if f.pronoun && description && resolve(head, state, &mentions, toks).is_none() {
            f.pronoun = false;
            own_names = true;
        }
    }
    if own_names {
        relays::mentions(toks, found, quotes)
    } else {
        mentions
    }
}

/// Whether the sentence ends with a quotation's closing mark (and perhaps
/// its full stop after it).
fn closes_with_quote(toks: &[Token<'_>], quotes: &Quotes) -> bool {
    let last = toks.iter().rposition(|t| !t.is_punct('.'));
    !quotes.open_at_end && last.is_some_and(|k| k > 0 && is_quote_mark(&toks[k]))
}

/// A source no cue gave: the owner of a quotation, or the speaker a
/// headline names before a colon (`Trump: My plans aren't set in stone.`).
fn owner_without_cue(toks: &[Token<'_>], quotes: &Quotes, marks: QuoteMarks) -> Option<Found> {
    if quotes.has_speech {
        quote_owner(toks, quotes, marks)
    } else {
        phrases::colon_speaker(toks)
    }
}

/// The subject of the verb `v` that introduces a quotation: not first or
/// second person, and not a preposition's object (`a jacket bought in
/// Texas read: "..."`), but the subject of an absolute clause (`with
/// Trump reportedly yelling: "..."`).
fn subject_of_quoting_verb(toks: &[Token<'_>], v: usize, quotes: &Quotes) -> Option<Found> {
    let f = subject_left(toks, v, quotes)?;
    let before = f.first.checked_sub(1).map(|p| &toks[p]);
    let absolute = toks[v].lower.ends_with("ing") && before.is_some_and(|t| t.lower == "with");
    let object = before.is_some_and(|t| t.has(lexicon::NP_PREPOSITION)) && !absolute;
    (!object && !is_first_or_second_person(&toks[f.first..=f.last])).then_some(f)
}

/// Who owns a quotation no cue gave a source: the subject before it (`They
/// call for "urgent implementation ..."`; with single marks only in a
/// headline's `Name: ... 'quote'`), or a speaker after it.
fn quote_owner(toks: &[Token<'_>], quotes: &Quotes, marks: QuoteMarks) -> Option<Found> {
    let before = quotes
        .first_speech_open
        .filter(|&q| q > 0)
        .and_then(|q| {
            verb_before_quote(toks, q)
                .and_then(|v| subject_of_quoting_verb(toks, v, quotes))
                .or_else(|| subject_before(toks, q))
                .map(|f| Found {
                    cue: "quote".into(),
                    cue_tok: q,
                    frames: false,
                    trailing: false,
                    ..f
                })
        })
        .filter(|f| marks == QuoteMarks::Double || headline_speaker(toks, f));
    before.or_else(|| phrases::speaker_after_quote(toks, quotes))
}

/// `Darrell Scott: ...`: a name before a colon, not a label (`WATCH:`).
fn headline_speaker(toks: &[Token<'_>], f: &Found) -> bool {
    let colon = toks.get(f.last + 1).is_some_and(|t| t.is_punct(':'));
    let label = f.first == f.last && words::HEADLINE_LABEL_WORDS.contains(&toks[f.first].lower);
    colon && !label
}

/// Reads single quote marks that serve as the quotation marks as double
/// ones, before [`analyse`] (and after the numbers, which read `'90s`).
/// Inside a quotation opened with double marks, single ones are nested
/// quotes and stay as they are.
pub fn read_quote_marks(toks: &mut [Token<'_>], state: &mut DocState, brk: Break) -> QuoteMarks {
    let carried = state.carries_quotation(brk);
    let single = if carried && !state.single_quote_open {
        None
    } else {
        read_single_quotes(toks, carried)
    };
    state.single_quote_open = single == Some(true);
    match single {
        Some(_) => QuoteMarks::Single,
        None => QuoteMarks::Double,
    }
}

/// Analyse one sentence.
pub fn analyse(
    text: &str,
    toks: &[Token<'_>],
    state: &mut DocState,
    brk: Break,
    marks: QuoteMarks,
) -> Attribution {
    let toks = &toks[..toks.len().min(MAX_SENTENCE_TOKENS)];
    state.quote_open = state.carries_quotation(brk);
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
        i = if may_open_cue(toks, i) {
            find_at(toks, i, &quotes, &mut found)
        } else {
            i + 1
        };
    }
    settle_sources(toks, &quotes, &mut found);

    // A quotation in single marks is speech when its speaker is found, or
    // when it runs on into the next sentence (where the speaker is).
    let speech = quotes.has_speech && (marks == QuoteMarks::Double || quotes.open_at_end);
    let mut attributed = !found.is_empty() || speech;
    if found.is_empty() {
        found.extend(owner_without_cue(toks, &quotes, marks).map(|mut f| {
            if !f.pronoun {
                phrases::settle_span(toks, &mut f);
            }
            f
        }));
    }
    if found.is_empty() && !speech && marks == QuoteMarks::Double {
        if let Some(f) = speaker_of_short_quote(toks, &quotes) {
            found.push(f);
            attributed = true;
        }
    }
    if quotes.started_inside {
        attributed = true;
    }
    let follows_quote = std::mem::replace(&mut state.after_quote, closes_with_quote(toks, &quotes));
    if found.is_empty() && follows_quote && brk != Break::Blank {
        found.extend(phrases::speaker_of_previous_quote(toks));
        attributed |= !found.is_empty();
    }

    let via = relays(toks, &found, &quotes);
    let mentions = mentions_naming_bodies(toks, state, &quotes, &mut found);
    let sources = source_mentions(text, toks, state, &found, &via, &mentions);
    remember_mentions(toks, state, &mentions, &found, &quotes, &sources);
    Attribution {
        attributed: attributed || !sources.is_empty(),
        sources,
    }
}
