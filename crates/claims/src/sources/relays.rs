//! Relays and pronouns: who relays whom (`via`), and the earlier full
//! mention a pronoun or `the company` refers to.

use super::*;

/// `via` of every source: the one relaying it (CLAIMS.md).
pub(super) fn relays(toks: &[Token<'_>], found: &[Found], quotes: &Quotes) -> Vec<Option<usize>> {
    let mut via = vec![None; found.len()];
    let inside = |f: &Found| quotes.is_inside(f.first);
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
/// first one's reach: `... confirming X and he said`, `As Trump began
/// tweeting ..., his son said` (the end of an opening clause).
pub(super) fn clause_break(toks: &[Token<'_>], from: usize, to: usize) -> bool {
    let to = to.min(toks.len());
    // (An opening phrase `In the NYT report ...,` frames what follows; an
    // opening clause `As ...,`, `Although ...,`, `Asked ...,` does not.)
    let subordinate = toks.first().is_some_and(|t| {
        matches!(
            t.lower,
            "as" | "when"
                | "while"
                | "although"
                | "though"
                | "because"
                | "if"
                | "after"
                | "before"
                | "since"
                | "once"
                | "until"
        ) || t.lower.ends_with("ed")
            || t.lower.ends_with("ing")
    });
    if subordinate && opening_clause_end(toks).is_some_and(|c| from < c && c < to) {
        return true;
    }
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
pub(super) fn head_part<'b, 'a>(toks: &'b [Token<'a>]) -> &'b [Token<'a>] {
    let cut = toks
        .iter()
        .position(|t| {
            t.is_punct(',')
                || t.is_punct('(')
                || t.is_word()
                    && matches!(t.lower, "of" | "for" | "from" | "at" | "in" | "with" | "by")
        })
        .unwrap_or(toks.len());
    if cut == 0 {
        toks
    } else {
        &toks[..cut]
    }
}

pub(super) fn class_of(toks: &[Token<'_>]) -> Class {
    let toks = head_part(toks);
    let last = toks.last().map_or("", |t| t.lower);
    let last_has = |flag: u64| toks.last().is_some_and(|t| t.has(flag));
    // `Officials in the province`: the plural of a person word is a group,
    // even when it opens the sentence with a capital.
    if let Some(singular) = last.strip_suffix('s') {
        if lexicon::is_person_word(singular) && !last_has(lexicon::ORG_WORD) {
            return Class::Group;
        }
    }
    if toks.iter().any(|t| t.has(lexicon::PERSON_WORD)) && !last_has(lexicon::ORG_WORD) {
        return if last.ends_with('s') && !toks.iter().any(|t| t.is_capitalized()) {
            Class::Group
        } else {
            Class::Person
        };
    }
    if last_has(lexicon::DOCUMENT_NOUN) {
        return if last.ends_with('s') {
            Class::Things
        } else {
            Class::Thing
        };
    }
    // `Police`, `staff`, `troops`: nouns of people that are plural as
    // written (`data`, a document, is things).
    if toks.len() == 1 && last_has(lexicon::IRREGULAR_PLURAL) {
        return Class::Group;
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

pub(super) fn resolve(
    at: usize,
    state: &DocState,
    here: &[(usize, usize, Class)],
    toks: &[Token<'_>],
) -> Option<[usize; 2]> {
    let pronoun = &toks[at];
    if let Some(owner) = conjoined_owner(toks, at) {
        return Some(owner);
    }
    if is_latter_or_former(pronoun) {
        return latter_or_former(at, state, here, toks);
    }
    // `he` is no one a title or noun says is a woman, and `she` no man.
    let not = match pronoun.lower {
        "he" | "his" | "him" => Gender::Female,
        "she" | "her" => Gender::Male,
        _ => Gender::Unknown,
    };
    if let Some(described) = described_referent(at, state, here, toks) {
        return described;
    }
    let (first, fallback): (&[Class], &[Class]) = match pronoun.lower {
        "he" | "she" | "his" | "her" | "him" => (&[Class::Person], &[]),
        "it" | "its" => (&[Class::Org, Class::Thing], &[]),
        // `they` is a group of people first, an organisation otherwise.
        "they" | "their" | "them" => (&[Class::Group], &[Class::Org, Class::Things]),
        // `the company`, `the agency`: a body named before.
        _ if pronoun.has(lexicon::DEFINITE_BODY_NOUN) => (&[Class::Org], &[]),
        _ => return None,
    };
    let opener = opening_clause_end(toks);
    for wanted in [first, fallback] {
        if wanted.is_empty() {
            continue;
        }
        // The first that fits, as Hobbs's search goes: the subject before an
        // object (`Bob said ... a group known as Ansar al-Sharia was
        // involved, but he said`), the main clause before an opening one
        // (`When Ms. Friedan ..., Mrs. Schlafly replied ... she said`), and
        // the opening clause when the main one names no one (`As Johnson
        // and Weld stumped ..., they said`).
        // A mention whose sex is the pronoun's goes before one of unknown
        // sex (`The president met Angela Merkel. She said`).
        let sex = |m: &(usize, usize, Class)| match gender_of(&toks[m.0..=m.1]) {
            Gender::Unknown => state.sex_of_surname(&toks[m.0..=m.1]),
            known => known,
        };
        let fits = |m: &&(usize, usize, Class)| {
            toks[m.1].end <= pronoun.start && wanted.contains(&m.2) && !not.rules_out(sex(m))
        };
        let same_sex = |m: &&(usize, usize, Class)| fits(m) && not.is_opposite_of(sex(m));
        let main_clause = |m: &&(usize, usize, Class)| opener.is_none_or(|c| m.0 > c);
        let in_sentence = here
            .iter()
            .filter(main_clause)
            .find(same_sex)
            .or_else(|| here.iter().find(same_sex))
            .or_else(|| here.iter().filter(main_clause).find(fits))
            .or_else(|| here.iter().find(fits))
            .map(|m| [toks[m.0].start, toks[m.1].end]);
        let earlier = || earlier_antecedent(state, wanted, not, NameAsBody::No);
        if let Some(r) = in_sentence.or_else(earlier) {
            return Some(r);
        }
    }
    if !first.contains(&Class::Org) {
        return None;
    }
    body_read_from_a_name(state, not, pronoun.has(lexicon::DEFINITE_BODY_NOUN))
}

/// What `it` or a definite body noun stands for when no body was named:
/// `Shell said ... It said`: a body may be named by one capitalised word,
/// which reads as a surname until nothing else fits `it`; `Ryanair
/// cancelled 40 flights. The airline said`, `Microsoft bought a startup.
/// It said`: `the airline` and a speaking `it` say they are a body, so any
/// name without a person's marks will do; `Toyota's chief executive said
/// ... The company said`: for a description, the owner of a recent
/// mention.
fn body_read_from_a_name(state: &DocState, not: Gender, description: bool) -> Option<[usize; 2]> {
    earlier_antecedent(state, &[Class::Person], not, NameAsBody::OneThatSpoke)
        .or_else(|| earlier_antecedent(state, &[Class::Person], not, NameAsBody::Bare))
        .or_else(|| description.then(|| recent_owner(state)).flatten())
}

/// The capitalised owner that opens one of the recent mentions, the
/// latest first.
fn recent_owner(state: &DocState) -> Option<[usize; 2]> {
    state
        .antecedents
        .iter()
        .rev()
        .take(8)
        .find(|a| a.possessor_end > 0)
        .map(|a| [a.start, a.possessor_end])
}

/// What a definite description at `at` stands for, when its noun
/// decides: `the bank` a mention holding `bank` if there is one (else it
/// is resolved as `it` is: `None`), `the minister` only a person's
/// mention holding the role (`Some(None)` when there is none).
fn described_referent(
    at: usize,
    state: &DocState,
    here: &[(usize, usize, Class)],
    toks: &[Token<'_>],
) -> Option<Option<[usize; 2]>> {
    let noun = &toks[at];
    if noun.has(lexicon::DEFINITE_BODY_NOUN) {
        return named_with_noun(at, Described::Body, state, here, toks).map(Some);
    }
    (noun.is_lowercase_word() && super::is_role_noun(noun))
        .then(|| named_with_noun(at, Described::Role, state, here, toks))
}

/// Which of its words a definite description takes up a mention by.
#[derive(Clone, Copy, PartialEq)]
enum Described {
    /// `Analysts at Danske Bank said ... The bank said`: whatever its
    /// class, the latest one.
    Body,
    /// `Foreign Minister Wang Yi ... The minister said`: a person, among
    /// the last twelve.
    Role,
}

/// The nearest mention whose words hold the definite description's own
/// noun (at `at`), in the sentence or among the recent ones.
fn named_with_noun(
    at: usize,
    described: Described,
    state: &DocState,
    here: &[(usize, usize, Class)],
    toks: &[Token<'_>],
) -> Option<[usize; 2]> {
    let noun = toks[at].lower;
    let person = described == Described::Role;
    let in_sentence = here
        .iter()
        .rev()
        .filter(|m| m.1 < at && (!person || m.2 == Class::Person))
        .find(|m| toks[m.0..=m.1].iter().any(|t| t.lower == noun))
        .map(|m| [toks[m.0].start, toks[m.1].end]);
    let key = super::name_hash(noun);
    let reach = if person { 12 } else { usize::MAX };
    let holds = |a: &&super::Antecedent| match described {
        Described::Body => a.body_noun == key,
        Described::Role => a.role_noun == key && a.class == Class::Person,
    };
    in_sentence.or_else(|| {
        state
            .antecedents
            .iter()
            .rev()
            .take(reach)
            .find(holds)
            .map(|a| [a.start, a.end])
    })
}

/// `latter`, `former` (after `the`): one of the last two named.
pub(super) fn is_latter_or_former(t: &Token<'_>) -> bool {
    matches!(t.lower, "latter" | "former")
}

/// `Smith met Jones. The latter said`: the last person, group or body
/// named before `at`, and for `the former` the one named before it; both
/// of one sentence, this one or the one before (the mentions kept are the
/// ones a pronoun most likely means, not every name: a pair from two
/// sentences may not be the pair the writer meant).
fn latter_or_former(
    at: usize,
    state: &DocState,
    here: &[(usize, usize, Class)],
    toks: &[Token<'_>],
) -> Option<[usize; 2]> {
    let speaker = |c: Class| matches!(c, Class::Person | Class::Org | Class::Group);
    let mut named: Vec<[usize; 2]> = here
        .iter()
        .filter(|m| speaker(m.2) && toks[m.1].end <= toks[at].start)
        .map(|m| [toks[m.0].start, toks[m.1].end])
        .collect();
    if named.is_empty() {
        let last_sentence = state
            .antecedents
            .iter()
            .rposition(|a| a.opens_sentence)
            .unwrap_or(0);
        named = state
            .antecedents
            .iter()
            .skip(last_sentence)
            .filter(|a| speaker(a.class))
            .map(|a| [a.start, a.end])
            .collect();
    }
    // A group of the two (`Smith and Jones`) is not one of them.
    named.dedup_by(|b, a| a[0] <= b[0] && b[1] <= a[1] || b[0] <= a[0] && a[1] <= b[1]);
    let back = usize::from(toks[at].lower == "former");
    (named.len() >= 2).then(|| named[named.len() - 1 - back])
}

/// Which mentions read as persons may stand for a body.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NameAsBody {
    /// None: the classes asked for only.
    No,
    /// One capitalised word that spoke (`Shell said`).
    OneThatSpoke,
    /// A name without a person's marks, spoken or not (`Ryanair cancelled`).
    Bare,
}

/// The comma that closes an opening adverbial or subordinate clause, near
/// the start and outside quotation marks; a conjunction (`But Mr. Comey
/// painted ...`) opens no such clause.
fn opening_clause_end(toks: &[Token<'_>]) -> Option<usize> {
    let conjunction = toks
        .first()
        .is_some_and(|t| matches!(t.lower, "but" | "and" | "so" | "yet" | "or"));
    let comma = opening_adverbial_end(toks).filter(|&c| c <= 16 && !conjunction)?;
    (!toks[..comma].iter().any(is_quote_mark)).then_some(comma)
}

/// `Sanders and his supporters argue`: a possessive pronoun after `and`
/// belongs to the name just before it (a name that is no body's).
fn conjoined_owner(toks: &[Token<'_>], at: usize) -> Option<[usize; 2]> {
    let possessive = matches!(toks[at].lower, "his" | "her" | "their" | "its");
    let and = at.checked_sub(1).filter(|&k| toks[k].lower == "and")?;
    let (a, b) = np_left(toks, and).filter(|_| possessive)?;
    let class = class_of(&toks[a..=b]);
    let fits = match toks[at].lower {
        "his" | "her" => class == Class::Person,
        "their" => matches!(class, Class::Group | Class::Org),
        _ => matches!(class, Class::Org | Class::Thing),
    };
    (fits
        && toks[a..=b]
            .iter()
            .any(|t| t.is_capitalized() || t.has(lexicon::PERSON_WORD)))
    .then(|| [toks[a].start, toks[b].end])
}

/// A pronoun's antecedent in the sentences before: in the latest one that
/// names something of the wanted class (and no other sex), its speaker,
/// else who framed it (`according to X`), else its first such mention (a
/// subject before an object, as Hobbs's search goes: `Obama met Putin. He
/// said` is Obama), among the last eight mentions.
fn earlier_antecedent(
    state: &DocState,
    wanted: &[Class],
    not: Gender,
    as_body: NameAsBody,
) -> Option<[usize; 2]> {
    // (One word for `it` only where it spoke: `Shell said ... It said`, not
    // `Dawson lifted a sign. "...," it read.`)
    let fits = |a: &Antecedent| {
        wanted.contains(&a.class)
            && !not.rules_out(a.gender)
            && match as_body {
                NameAsBody::No => true,
                NameAsBody::OneThatSpoke => a.one_name && a.voice != Voice::Named,
                NameAsBody::Bare => a.bare_name,
            }
    };
    let recent: Vec<&Antecedent> = state.antecedents.iter().rev().take(8).collect();
    let latest = recent.iter().position(|a| fits(a))?;
    // The latest sentence's mentions run back to the one that opens it.
    let opens = recent[latest..]
        .iter()
        .position(|a| a.opens_sentence)
        .map_or(recent.len() - 1, |p| latest + p);
    // The first of the best voice, then of the pronoun's sex (a speaker
    // of unknown sex goes before a man only named, for `he`): `min_by_key`
    // keeps the first of equals.
    recent[latest..=opens]
        .iter()
        .rev()
        .filter(|a| fits(a))
        .min_by_key(|a| (a.voice, !not.is_opposite_of(a.gender)))
        .map(|a| [a.start, a.end])
}

/// How the mention `a..=b` spoke in its sentence: as a found source outside
/// quotation marks, framing the sentence, or not at all.
pub(super) fn voice_of(found: &[Found], quotes: &Quotes, a: usize, b: usize) -> Voice {
    let source = found
        .iter()
        .find(|f| f.first == a && f.last == b && !quotes.is_inside(a));
    match source {
        Some(f) if matches!(f.cue.as_str(), "according to" | "as per") => Voice::Framing,
        Some(_) => Voice::Speaker,
        None => Voice::Named,
    }
}

/// A person's sex as the mention's words give it: a title (`Mrs.`, `Mr.`)
/// or a noun (`spokeswoman`, `father`), after any owner (`Mr Smith's
/// lawyer, Jane Doe` is no man).
pub(super) fn gender_of(toks: &[Token<'_>]) -> Gender {
    let head = toks
        .iter()
        .rposition(Token::is_possessive)
        .map_or(0, |k| k + 1);
    for t in &toks[head..] {
        if t.has(lexicon::FEMALE) {
            return Gender::Female;
        }
        if t.has(lexicon::MALE) {
            return Gender::Male;
        }
    }
    Gender::Unknown
}

/// The sentence's full mentions that a pronoun may stand for, in order:
/// its sources, and names outside quotes (the first, usually the subject,
/// or one with a title: `Representative Marcy Kaptur (D Ohio)`), and `the X`
/// names that end their phrase (`The South`, but not `the Australian population`).
pub(super) fn mentions(
    toks: &[Token<'_>],
    found: &[Found],
    quotes: &Quotes,
) -> Vec<(usize, usize, Class)> {
    let mut mentions: Vec<(usize, usize, Class)> = found
        .iter()
        .filter(|f| !f.pronoun)
        .map(|f| (f.first, f.last, source_class(toks, f)))
        .collect();
    if let Some((a, b)) =
        plural_subject(toks).filter(|&(a, b)| !mentions.iter().any(|m| m.0 <= b && a <= m.1))
    {
        mentions.push((a, b, Class::Group));
    }
    if let Some((a, b, class)) =
        definite_subject(toks).filter(|&(a, b, _)| !mentions.iter().any(|m| m.0 <= b && a <= m.1))
    {
        mentions.push((a, b, class));
    }
    name_mentions(toks, quotes, &mut mentions);
    // (`Neither company disclosed`: a phrase that refers to no one is
    // nothing a later `the company` stands for.)
    mentions.retain(|m| {
        ![m.0.checked_sub(1), Some(m.0)]
            .into_iter()
            .flatten()
            .any(|k| matches!(toks[k].lower, "neither" | "no" | "none" | "either" | "each"))
    });
    mentions.sort_by_key(|m| m.0);
    coordinated_groups(toks, &mut mentions);
    mentions
}

/// A source's class; a name of two words or more after `the` that reads
/// as a person's only for its capitals is a body's (`the Red Cross said`).
/// One word after `the` is as often a person (`the Texan said`, `the
/// Republican said`) as a body (`the Taliban`), but in the plural it is
/// people (`the Smiths`, `the Democrats`).
fn source_class(toks: &[Token<'_>], f: &Found) -> Class {
    let words = &toks[f.first..=f.last];
    let class = class_of(words);
    let after_the = f.first > 0 && toks[f.first - 1].lower == "the";
    let plural = |t: &Token<'_>| t.lower.ends_with('s') && !t.lower.ends_with("ss");
    match words {
        [one] if after_the && class == Class::Person && plural(one) => Class::Group,
        _ if after_the && words.len() >= 2 && class == Class::Person && is_bare_name(words) => {
            Class::Org
        }
        _ => class,
    }
}

/// `Apple and Google reported ... They said`: two mentions of people or
/// bodies joined by `and` (an article may open the second) are also one
/// group, which a later `they` stands for (not `the book and the movie`).
fn coordinated_groups(toks: &[Token<'_>], mentions: &mut Vec<(usize, usize, Class)>) {
    let joined: Vec<(usize, usize, Class)> = mentions
        .windows(2)
        .filter(|w| {
            let speakers = w
                .iter()
                .all(|m| matches!(m.2, Class::Person | Class::Org | Class::Group));
            let gap = toks.get(w[0].1 + 1..w[1].0).unwrap_or_default();
            speakers
                && !gap.is_empty()
                && (matches!(gap, [and] if and.lower == "and")
                    || matches!(gap, [and, the] if and.lower == "and" && the.lower == "the"))
        })
        .map(|w| (w[0].0, w[1].1, Class::Group))
        .collect();
    for group in joined {
        let at = mentions.partition_point(|m| m.0 <= group.0);
        mentions.insert(at, group);
    }
}

/// `Tenant groups were skeptical. They said ...`: a plural subject of
/// people or bodies is what a later `they` may stand for. Its head is the
/// last such noun before a function word (`Residents of the town`,
/// `Officials met in Geneva`: the phrase read may run on past it).
fn plural_subject(toks: &[Token<'_>]) -> Option<(usize, usize)> {
    let limit = toks.len().min(8);
    // Most sentences have no plural noun in the words read: say so cheaply.
    if !toks[..limit].iter().any(may_be_plural_noun) {
        return None;
    }
    let (a, b) = np_right(toks, 0, limit)?;
    // `Thousands of protesters marched`: the people come after `of`.
    let from = people_after_quantity(toks, a)
        .filter(|&p| p <= b)
        .unwrap_or(a);
    let head = (from..=b)
        .take_while(|&k| k == from || !toks[k].has(lexicon::FUNCTION_WORD))
        .filter(|&k| is_plural_people(toks, k))
        .last()?;
    // (`The researchers, from the University of Oslo, found`: an aside
    // between commas may come before the verb.)
    let verb_follows = toks
        .get(head + 1)
        .is_some_and(|n| n.is_lowercase_word() || n.is_punct(','));
    verb_follows.then_some((a, head))
}

/// `Thousands of protesters`, `Dozens of the victims`: after a vague
/// quantity and `of` (and an article), where its people are named.
fn people_after_quantity(toks: &[Token<'_>], a: usize) -> Option<usize> {
    words::vague_plural(toks[a].lower)?;
    toks.get(a + 1).filter(|o| o.lower == "of")?;
    let the = toks.get(a + 2).is_some_and(|t| t.lower == "the");
    Some(a + 2 + usize::from(the))
}

/// `The minister met the protesters.`, `The airline grounded its
/// fleet.`: a definite singular subject that names a person or a body by
/// its role, for a later `he` or `it`.
fn definite_subject(toks: &[Token<'_>]) -> Option<(usize, usize, Class)> {
    // (`Iran's foreign minister met ...`: an owner's name determines it too.)
    let determined = |t: &Token<'_>| t.lower == "the" || t.is_capitalized() && t.is_possessive();
    if toks.first().is_none_or(|t| !determined(t)) {
        return None;
    }
    let (a, b) = np_right(toks, 0, toks.len().min(8))?;
    // (`The president of the club`: the head before its prepositions.)
    let head_phrase = head_part(&toks[a..=b]);
    let head = head_phrase.last()?;
    // (`The 45-year-old was arrested`: an age stands for a person.)
    let class = if head.has(lexicon::PERSON_WORD) || cues::is_age_nominal(head_phrase) {
        Class::Person
    } else if head.has(lexicon::DEFINITE_BODY_NOUN | lexicon::ORG_WORD) {
        Class::Org
    } else {
        return None;
    };
    let verb_follows = toks
        .get(b + 1)
        .is_some_and(|n| n.is_lowercase_word() || n.is_punct(','));
    (head.is_lowercase_word() && verb_follows).then_some((a, b, class))
}

/// Whether token `k` is a plural noun for people or bodies (`residents`,
/// `groups`, `police`), written as a common noun (capitalised only where
/// it opens the sentence).
pub(super) fn is_plural_people(toks: &[Token<'_>], k: usize) -> bool {
    // The spelling first, the word lists after: this is asked of most
    // words of every sentence, and most are no plural.
    let t = &toks[k];
    let head = t.lower;
    if !may_be_plural_noun(t) {
        return false;
    }
    let irregular = t.has(lexicon::IRREGULAR_PLURAL);
    let singular = head.trim_end_matches('s');
    let person = lexicon::is_person_word(singular);
    // `Police arrested ...`, `Residents of the town protested`.
    let opens_sentence = k == 0 && (irregular || person);
    let common_noun = t.is_lowercase_word() || opens_sentence;
    let people = person
        || lexicon::has(singular, lexicon::ORG_WORD)
        || source_like(&toks[k..=k]) && head.ends_with('s');
    common_noun && (people || irregular)
}

/// Spelled as a plural (`residents`, `police`; not `press`) and no
/// function word (`this`, `was`, `his`).
pub(super) fn may_be_plural_noun(t: &Token<'_>) -> bool {
    let plural =
        t.lower.ends_with('s') && !t.lower.ends_with("ss") || t.has(lexicon::IRREGULAR_PLURAL);
    plural && !t.has(lexicon::FUNCTION_WORD)
}

/// Names outside quotes that a later pronoun may stand for: `the Kremlin`
/// (an organisation), `President Biden` or a sentence's first full name (a
/// person). Added to `mentions` where they overlap none already there.
fn name_mentions(toks: &[Token<'_>], quotes: &Quotes, mentions: &mut Vec<(usize, usize, Class)>) {
    let mut k = 0;
    let mut first_run = true;
    // `In the final days of his New Hampshire campaign, Sen. Ted Cruz ...`:
    // the first name of an opening adverbial is no subject.
    let opener_end = opening_adverbial_end(toks).unwrap_or(0);
    while k < toks.len() {
        let t = &toks[k];
        // (`One local woman, Karen Robison, ...`: a number word capitalised
        // for opening the sentence is no name.)
        let opening_number = k == 0 && t.has(lexicon::NUMBER_START);
        let starts_name = t.is_capitalized()
            && !quotes.is_inside(k)
            && !t.has(lexicon::MONTH | lexicon::WEEKDAY | lexicon::SENTENCE_STARTER)
            && !opening_number
            && !is_function(t);
        if !starts_name {
            k += 1;
            continue;
        }
        let a = k;
        // `Mr. Smith`, `Paul D. Ryan`: the full stop of a title or an
        // initial runs on into the name.
        let title_stop = |j: usize| {
            let before = &toks[j - 1];
            let initial = before.text.len() == 1 && before.is_capitalized();
            toks[j].is_punct('.')
                && (before.has(lexicon::TITLE_ABBREVIATION) || initial)
                && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
        };
        let continues = |j: usize| {
            (toks[j].is_capitalized()
                || toks[j].is_punct('-') && !toks[j].space_before
                || title_stop(j)
                || is_name_particle(toks, j)
                || body_name_joiner(toks, j))
                && !quotes.is_inside(j)
        };
        while k + 1 < toks.len() && continues(k + 1) {
            k += 1;
        }
        // A parenthetical after the name belongs to it: `KCNA (Korean Central News Agency)`.
        let mut b = k;
        if toks.get(b + 1).is_some_and(|t| t.is_punct('(')) {
            if let Some(c) = (b + 2..(b + 8).min(toks.len())).find(|&c| toks[c].is_punct(')')) {
                b = c;
            }
        }
        let in_opener = a < opener_end;
        // `Scotland's justice secretary Kenny MacAskill released ...`: the
        // subject starts at its role's first word.
        let subject_start = if opener_end > 0 { opener_end + 1 } else { 0 };
        let (a, subject) = match role_before(toks, a) {
            Some(j) if j == subject_start => (j, true),
            _ => (a, first_run && !in_opener),
        };
        if !mentions.iter().any(|m| m.0 <= b && a <= m.1) {
            if let Some(class) = name_class(toks, a, k, b, subject) {
                mentions.push((a, b, class));
            } else if let Some(pair_end) = surname_pair_end(toks, quotes, a, b) {
                mentions.push((a, pair_end, Class::Group));
                k = pair_end;
            }
        }
        first_run &= in_opener;
        k += 1;
    }
}

/// `Centers for Disease Control and Prevention`, `Ministry of Defence`:
/// `of` or `for` after a body's word, and `and` inside such a name, join
/// capitalised words into one name.
fn body_name_joiner(toks: &[Token<'_>], j: usize) -> bool {
    if !matches!(toks[j].lower, "of" | "for" | "and") {
        return false;
    }
    let capital_after = toks.get(j + 1).is_some_and(|n| n.is_capitalized());
    let body_before = j > 0 && {
        let p = &toks[j - 1];
        p.is_capitalized()
            && (p.has(lexicon::ORG_WORD)
                || lexicon::has(p.lower.trim_end_matches('s'), lexicon::ORG_WORD))
    };
    capital_after
        && match toks[j].lower {
            "of" | "for" => body_before,
            "and" => and_inside_name(toks, j),
            _ => false,
        }
}

/// `As Johnson and Weld stumped ..., they`, `Greenpeace and the WWF
/// criticised ...`: two single names joined by `and` (an article may open
/// the second) before a verb are a group a later `they` stands for (one
/// name alone may be a place or a thing). The pair's last token.
fn surname_pair_end(toks: &[Token<'_>], quotes: &Quotes, a: usize, b: usize) -> Option<usize> {
    let single_name = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_capitalized()
                && t.is_word()
                && !quotes.is_inside(k)
                && !t.has(lexicon::MONTH | lexicon::WEEKDAY | lexicon::SENTENCE_STARTER)
                && !is_function(t)
        })
    };
    let second = if lower_at(toks, a + 2) == "the" {
        a + 3
    } else {
        a + 2
    };
    let pair = a == b
        && toks.get(a + 1).is_some_and(|t| t.lower == "and")
        && single_name(second)
        && !single_name(second + 1)
        && toks
            .get(second + 1)
            .is_some_and(|v| v.is_lowercase_word() && !is_function(v));
    pair.then_some(second)
}

/// The class of the name `a..=k` (with its parenthetical up to `b`), if it
/// can be a pronoun's antecedent.
/// `justice secretary` in `Scotland's justice secretary Kenny MacAskill`,
/// `Former prime minister` in `Former prime minister Tony Blair`: a role
/// in lower case right before the name at `a`, with the words that
/// qualify it; where that phrase starts.
fn role_before(toks: &[Token<'_>], a: usize) -> Option<usize> {
    let role = a
        .checked_sub(1)
        .filter(|&r| toks[r].is_lowercase_word() && toks[r].has(lexicon::PERSON_WORD))?;
    let mut j = role;
    while j > 0 && a - j < 6 {
        let p = &toks[j - 1];
        if !p.is_word() || p.has(lexicon::FUNCTION_WORD) {
            break;
        }
        j -= 1;
    }
    Some(j)
}

fn name_class(toks: &[Token<'_>], a: usize, k: usize, b: usize, first_run: bool) -> Option<Class> {
    let run = &toks[a..=k];
    // `recall cars in the United States`, `across the Middle East`: a name
    // a locative preposition places things in is a place, which neither
    // `it` nor `the company` stands for.
    if a >= 2
        && toks[a - 1].lower == "the"
        && matches!(toks[a - 2].lower, "in" | "across" | "throughout")
    {
        return None;
    }
    if a > 0 && toks[a - 1].lower == "the" {
        // (`The Red Cross sent aid`: the sentence's subject before its verb.)
        let ends_phrase = toks.get(b + 1).is_none_or(|n| {
            !n.is_lowercase_word() || n.has(lexicon::FUNCTION_WORD) || a == 1 && verb_after(toks, b)
        });
        // `The World Bank cut its forecast`: a body's own word ends the name
        // whatever follows (`the Australian population` has none).
        let body_name = toks[k].has(lexicon::ORG_WORD);
        return (ends_phrase || body_name).then_some(Class::Org);
    }
    // A title comes before a name: `President Biden`, not `Budweiser Man`.
    let titled = run[..run.len() - 1]
        .iter()
        .any(|t| t.has(lexicon::PERSON_WORD | lexicon::TITLE_ABBREVIATION));
    if first_run && single_name_subject(toks, a, k) || person_object(toks, a, k) || aged(toks, k) {
        return Some(Class::Person);
    }
    if first_run && acronym_subject(toks, a, k) {
        return Some(Class::Org);
    }
    // `Leeds Crown Court heard the case. The court said`: a name that
    // opens the sentence and ends in a body's word.
    if first_run && k > a && toks[k].has(lexicon::ORG_WORD) && opens_as_subject(toks, a) {
        return Some(Class::Org);
    }
    ((titled || first_run && run.len() >= 2) && class_of(run) == Class::Person)
        .then_some(Class::Person)
}

/// `Police arrested John Smith, 34, on Monday`: a name with an age after
/// it between commas (news style) is a person's, wherever it stands.
fn aged(toks: &[Token<'_>], k: usize) -> bool {
    k + 2 < toks.len() && crate::numbers::is_apposed_age(toks, k + 2)
}

/// The sentence's subject starts at `a`: only a conjunction or a quote
/// mark before it, or an opening adverbial (`On Wednesday, Clinton bashed
/// ...`).
fn opens_as_subject(toks: &[Token<'_>], a: usize) -> bool {
    toks[..a]
        .iter()
        .all(|t| !t.is_word() || matches!(t.lower, "but" | "and" | "so" | "yet"))
        || opening_adverbial_end(toks).is_some_and(|comma| comma + 1 == a)
}

/// `NASA launched the probe`: an acronym alone as the sentence's subject
/// names a body (`the agency`, `it` after it).
fn acronym_subject(toks: &[Token<'_>], a: usize, k: usize) -> bool {
    // (`NASA plans to`, `NASA will`: after an acronym a present `-s` word
    // that names no people, bodies or documents is its verb.)
    let present = toks.get(k + 1).is_some_and(|v| {
        v.is_lowercase_word()
            && (v.lower.ends_with('s')
                && !v.has(lexicon::PERSON_WORD | lexicon::ORG_WORD | lexicon::DOCUMENT_NOUN)
                || is_finite_auxiliary(v))
    });
    a == k && is_acronym(&toks[a]) && opens_as_subject(toks, a) && (verb_after(toks, k) || present)
}

/// `Reporters asked Obama about the plan. He said`: one capitalised word
/// after a verb whose object is a person (words::PERSON_OBJECT_VERB_WORDS);
/// `Police arrested John Smith`: a full name after a verb whose object can
/// only be a person (words::PERSON_ONLY_OBJECT_VERB_WORDS).
fn person_object(toks: &[Token<'_>], a: usize, k: usize) -> bool {
    let name = &toks[a];
    let verb = a.checked_sub(1).map(|p| &toks[p]);
    if k > a {
        return verb.is_some_and(|v| words::PERSON_ONLY_OBJECT_VERB_WORDS.contains(&v.lower))
            && class_of(&toks[a..=k]) == Class::Person;
    }
    verb.is_some_and(|v| words::PERSON_OBJECT_VERB_WORDS.contains(&v.lower))
        && !is_acronym(name)
        && !name.is_possessive()
        && !name.has(
            lexicon::ORG_WORD
                | lexicon::DOCUMENT_NOUN
                | lexicon::PERSON_WORD
                | lexicon::MONTH
                | lexicon::WEEKDAY,
        )
}

/// Whether a verb follows token `k`: a past, a participle after an
/// auxiliary, or a present that is a verb of speech (`says`): a plain
/// `-s` word may be a plural (`Public universities`).
fn verb_after(toks: &[Token<'_>], k: usize) -> bool {
    let Some(v) = toks.get(k + 1) else {
        return false;
    };
    // (`Megrahi was released`, `Smith has denied`: an auxiliary and a
    // participle.)
    // (`Hale was also known`, `Smith has long denied`: adverbs between.)
    let auxiliary = v.has(lexicon::BE_FORM) || is_have_form(v);
    let participle = || {
        toks[k + 2..]
            .iter()
            .take(3)
            .find(|t| {
                !(is_ly_adverb(t) || matches!(t.lower, "also" | "long" | "still" | "never" | "not"))
            })
            .is_some_and(|p| {
                reads_as_past(p)
                    || p.is_lowercase_word() && words::IRREGULAR_PARTICIPLE_WORDS.contains(&p.lower)
            })
    };
    reads_as_past(v)
        || v.lower.ends_with('s') && v.cue_class().is_some()
        || auxiliary && participle()
}

/// A final `s` that may make a plural (`Critics`, `Prices`); not `-ss`,
/// `-us`, `-is`, which end singular names and nouns (`Airbus`, `Davis`).
fn reads_as_plural(t: &Token<'_>) -> bool {
    t.lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| t.lower.ends_with(e))
}

/// `Trump met Putin on Tuesday. He said`: one capitalised word opening
/// the sentence as the subject of a past verb or a present verb of speech.
/// It is read as a person (a surname, for `he` and `she`); `it` takes a
/// one-word name only when nothing else fits and the name spoke
/// (`earlier_antecedent`). A relative `who` after the name stands for its
/// verb. Not a plural (`Critics met`), an acronym
/// (`NASA`, a body) nor a word of a body or a document.
fn single_name_subject(toks: &[Token<'_>], a: usize, k: usize) -> bool {
    let name = &toks[a];
    // (`Hart, who had 17 previous convictions, showed`: `who` says a
    // person, and the verb comes after the clause.)
    let who_follows = toks.get(k + 1).is_some_and(|c| c.is_punct(','))
        && toks.get(k + 2).is_some_and(|w| w.lower == "who");
    // (`Boeing, Airbus's American rival, has struggled`: the verb after
    // an apposition.)
    let apposed = toks.get(k + 1).is_some_and(|c| c.is_punct(','))
        && (k + 3..toks.len().min(k + 10))
            .find(|&c| toks[c].is_punct(','))
            .is_some_and(|c| verb_after(toks, c));
    a == k
        && opens_as_subject(toks, a)
        && (verb_after(toks, k) || who_follows || apposed)
        && !is_acronym(name)
        && !reads_as_plural(name)
        && !name.has(lexicon::ORG_WORD | lexicon::DOCUMENT_NOUN | lexicon::PERSON_WORD)
        && !words::INDEFINITE_PRONOUN_WORDS.contains(&name.lower)
}
