//! The counted noun: what a number counts (`11,000 soldiers`, `$3bn of aid`).

use super::*;

/// The head of the counted noun: `some 11,000 North Korean soldiers` ->
/// `soldiers`; through `of` (`half of all children`); for money through `in`.
/// `opens` is where the mention's words start, its hedge included.
pub(super) fn counted_noun(toks: &[Token<'_>], c: &Core, opens: usize) -> Option<String> {
    if counts_nothing(toks, c) {
        return None;
    }
    if c.kind == NumberKind::Measure {
        if let Some(attribute) = measure_attribute(toks, c, opens) {
            return Some(attribute);
        }
        // `12 cm long`, `2.1m tall`: a size, no counted noun.
        if toks
            .get(c.last + 1)
            .is_some_and(|t| t.has(lexicon::DIMENSION))
        {
            return None;
        }
    }
    if grades_predicate(toks, c) {
        return None;
    }
    let after = match noun_start(toks, c) {
        Start::Noun(w) => Some(w),
        Start::Nothing => None,
        Start::Walk(j) => {
            head_noun(toks, j).map(|h| compound_at(toks, j, ratio_subject(toks, c, j, h)))
        }
    };
    if after
        .as_deref()
        .is_some_and(|w| money_in_a_time(toks, c, w) || percent_per_time(toks, c, w))
    {
        return None;
    }
    let money = c.kind == NumberKind::Money;
    after
        .or_else(|| set_or_put_at(toks, opens))
        .or_else(|| money.then(|| of_attribute(toks, opens)).flatten())
}

/// `one in ten children starts school`, `One in five voters smokes`: after
/// a ratio the verb agrees with `one`, so a word in -s after a plural of
/// people is the verb, and the people are the noun (`one in five women
/// voters` keeps `voters`, people too). `h` is the head the walk from `j`
/// found.
fn ratio_subject(toks: &[Token<'_>], c: &Core, j: usize, h: usize) -> usize {
    let people = |k: usize| names_people(&toks[k]);
    let ratio =
        c.kind == NumberKind::Other && toks[c.first..=c.last].iter().any(|t| t.lower == "in");
    let verb_after_people = h > j && toks[h].lower.ends_with('s') && !people(h) && people(h - 1);
    if ratio && verb_after_people {
        h - 1
    } else {
        h
    }
}

/// `rose 5% year on year`, `2% month on month`: a unit of time right after
/// a percentage is the period of the change, not what it counts.
fn percent_per_time(toks: &[Token<'_>], c: &Core, noun: &str) -> bool {
    c.kind == NumberKind::Percent
        && lexicon::time_unit(noun)
        && toks.get(c.last + 1).is_some_and(|t| t.lower == noun)
}

/// `$1.2bn in the first quarter`, `$14.62 in early trading`, `$40bn in
/// total`: after money, `in` and a time or a total say when or how much
/// in all, not what the money is for (`$300m in new funding`).
fn money_in_a_time(toks: &[Token<'_>], c: &Core, noun: &str) -> bool {
    c.kind == NumberKind::Money
        && toks.get(c.last + 1).is_some_and(|t| t.lower == "in")
        && (lexicon::time_unit(noun) || words::MONEY_PERIOD_WORDS.contains(&noun))
}

/// `is 99% accurate`, `was about 95% effective against the virus`: after
/// a form of `be`, a percentage with one word closing the predicate grades
/// that adjective and counts nothing (not `a 95% effective vaccine`).
fn grades_predicate(toks: &[Token<'_>], c: &Core) -> bool {
    let before = |k: usize| c.first.checked_sub(k).map(|p| &toks[p]);
    let after_be = before(1).is_some_and(|t| t.has(lexicon::BE_FORM))
        || before(1).is_some_and(|t| t.has(lexicon::HEDGE_END))
            && before(2).is_some_and(|t| t.has(lexicon::BE_FORM));
    let word = toks.get(c.last + 1);
    let closes = toks
        .get(c.last + 2)
        .is_none_or(|t| t.kind == Kind::Punct || t.has(lexicon::FUNCTION_WORD));
    // (`experts were 77% men`: a plural is the noun counted.)
    let plural = |w: &Token<'_>| {
        w.has(lexicon::IRREGULAR_PLURAL | lexicon::PERSON_WORD)
            || w.lower.ends_with('s') && !["ous", "ss", "less"].iter().any(|e| w.lower.ends_with(e))
    };
    c.kind == NumberKind::Percent
        && after_be
        && word
            .is_some_and(|w| w.is_lowercase_word() && !w.has(lexicon::FUNCTION_WORD) && !plural(w))
        && closes
}

/// `raising the FDIC insurance cap to $250,000` (a setting verb, `to`),
/// `estimated the damage at $5 million` (an estimating verb, `at`): the
/// noun a verb sets or puts at the figure (its hedge and all from `opens`;
/// not `The index fell to 5,000`, where `fell` sets nothing).
fn set_or_put_at(toks: &[Token<'_>], opens: usize) -> Option<String> {
    let before = |k: usize| opens.checked_sub(k).map(|p| &toks[p]);
    let stems = match before(1)?.lower {
        "to" => words::SETTING_VERB_STEMS,
        "at" => words::ESTIMATING_VERB_STEMS,
        _ => return None,
    };
    let noun = before(2).filter(|t| {
        t.is_lowercase_word()
            && !t.has(lexicon::FUNCTION_WORD)
            && !["ed", "ing", "ly"].iter().any(|s| t.lower.ends_with(s))
    })?;
    // A determiner opens its phrase: `the FDIC insurance cap`.
    for k in 3..=6 {
        let t = before(k)?;
        if matches!(t.lower, "the" | "its" | "their" | "his" | "her") {
            let sets = before(k + 1).is_some_and(|v| {
                v.is_lowercase_word() && stems.iter().any(|s| v.lower.starts_with(s))
            });
            return sets.then(|| noun.lower.to_string());
        }
        if !t.is_word() || t.has(lexicon::FUNCTION_WORD) {
            return None;
        }
    }
    None
}

/// Numbers that name no counted noun: years, dates, clock times, and
/// durations other than a compound (`11-year lull`, `34-year-old shopkeeper`).
fn counts_nothing(toks: &[Token<'_>], c: &Core) -> bool {
    match c.kind {
        NumberKind::Year | NumberKind::Date => true,
        NumberKind::Other => toks.get(c.first + 1).is_some_and(|t| t.is_punct(':')),
        NumberKind::Duration => {
            let compound = c.last > 0 && toks[c.last - 1].is_punct('-');
            let names_it = toks.get(c.last).is_some_and(|t| {
                t.lower == "old" || t.has(lexicon::TIME_UNIT) && !t.lower.ends_with('s')
            });
            !(compound && names_it) || stands_for_a_person(toks, c)
        }
        _ => false,
    }
}

/// `The 30-year-old finished nearly seven minutes ahead`, `the
/// 45-year-old said`: an age compound that is the noun phrase itself,
/// its verb right after it (a form of `be`, `has`, a cue verb, or a past
/// form before an adverb, a number, a preposition or the clause's end;
/// not `a 30-year-old married woman`).
fn stands_for_a_person(toks: &[Token<'_>], c: &Core) -> bool {
    if toks[c.last].lower != "old" {
        return false;
    }
    let Some(next) = toks.get(c.last + 1).filter(|t| t.is_word()) else {
        return true;
    };
    let after_past = toks.get(c.last + 2).is_none_or(|t| {
        t.kind != Kind::Word
            || t.has(lexicon::FUNCTION_WORD | lexicon::NUMBER_START)
            || t.lower.ends_with("ly")
    });
    next.has(lexicon::BE_FORM | lexicon::CUE_SPEECH)
        || matches!(next.lower, "has" | "had" | "will" | "would" | "was")
        || next.lower.ends_with("ed") && after_past
}

/// For a measure, the attribute: `6.3-magnitude`, `magnitude 6.3`, `a
/// depth of 10km`; not an aggregate, which leaves the noun after the unit
/// (`an average of 150 billion tonnes of ice`: `ice`). A hedge may stand
/// between (`temperatures of up to 43C`).
fn measure_attribute(toks: &[Token<'_>], c: &Core, opens: usize) -> Option<String> {
    let before = c.first.checked_sub(1).map(|p| &toks[p]);
    if let Some(m) = toks[c.first..=c.last]
        .iter()
        .chain(before)
        .find(|t| t.lower == "magnitude")
    {
        return Some(m.lower.to_string());
    }
    of_attribute(toks, opens)
}

/// `a depth of 10km`, `a fine of $5 million`, `revenue of $3bn`: the
/// attribute a figure (hedge and all, from `opens`) is the value of; not
/// an aggregate (`a total of`, `an average of`).
fn of_attribute(toks: &[Token<'_>], opens: usize) -> Option<String> {
    let named = opens >= 2
        && toks[opens - 1].lower == "of"
        && toks[opens - 2].is_lowercase_word()
        && !toks[opens - 2].has(lexicon::FUNCTION_WORD)
        && !words::AGGREGATE_WORDS.contains(&toks[opens - 2].lower);
    named.then(|| toks[opens - 2].lower.to_string())
}

/// Where to look for the noun after a sum: past a conversion in
/// brackets, or past the bracket that closes the conversion it is
/// (`600 million yen (US$3.9 million) in income`: both are `income`).
fn past_conversion(toks: &[Token<'_>], c: &Core) -> usize {
    let j = c.last + 1;
    if c.kind != NumberKind::Money {
        return j;
    }
    let after = if toks.get(j).is_some_and(|t| t.is_punct(')')) {
        Some(j + 1)
    } else if toks.get(j).is_some_and(|t| t.is_punct('(')) {
        (j + 1..toks.len().min(j + 10))
            .find(|&k| toks[k].is_punct(')'))
            .map(|k| k + 1)
    } else {
        None
    };
    after
        .filter(|&k| toks.get(k).is_some_and(|t| t.lower == "in"))
        .unwrap_or(j)
}

/// Where the counted noun starts after the number, if anywhere.
enum Start {
    /// The noun itself, inside a compound: `six-member crew`.
    Noun(String),
    /// Walk the noun phrase from this token.
    Walk(usize),
    Nothing,
}

fn noun_start(toks: &[Token<'_>], c: &Core) -> Start {
    let j = past_conversion(toks, c);
    // `$5 million worth of drugs`: what the sum buys.
    let worth_of = toks.get(j).is_some_and(|t| t.lower == "worth")
        && toks.get(j + 1).is_some_and(|t| t.lower == "of");
    if c.kind == NumberKind::Money && worth_of {
        return Start::Walk(j + 2);
    }
    let attached_hyphen = |k: usize| {
        toks.get(k)
            .is_some_and(|h| h.is_punct('-') && !h.space_before)
    };
    // `rose 7.8% year-on-year`: an adverb, not a noun.
    if toks.get(j).is_some_and(|t| t.has(lexicon::TIME_UNIT)) && attached_hyphen(j + 1) {
        return Start::Nothing;
    }
    // `six-member crew`: the noun is inside the compound.
    if let Some(w) = toks
        .get(j + 1)
        .filter(|w| attached_hyphen(j) && !w.space_before && w.is_word())
    {
        // `a 5,000-strong force`: the compound says how many make the noun after it.
        if c.kind == NumberKind::Count && w.lower == "strong" {
            return Start::Walk(j + 2);
        }
        // `a 5-to-4 majority`: the compound is a score; the noun follows it.
        let score = w.has(lexicon::FUNCTION_WORD)
            && attached_hyphen(j + 2)
            && toks.get(j + 3).is_some_and(|n| n.kind == Kind::Num);
        if c.kind == NumberKind::Count && score {
            return Start::Walk(j + 4);
        }
        if c.kind == NumberKind::Count {
            return Start::Noun(w.lower.to_string());
        }
    }
    let through = toks
        .get(j)
        .is_some_and(|t| t.lower == "of" || t.lower == "in" && c.kind == NumberKind::Money);
    if !through {
        // `Two more bodies`, `500 additional troops`
        let more = toks.get(j).is_some_and(|t| {
            matches!(
                t.lower,
                "more" | "fewer" | "additional" | "extra" | "other" | "further"
            )
        });
        return Start::Walk(if more { j + 1 } else { j });
    }
    if c.kind == NumberKind::Money && toks[j].lower == "in" && money_in_a_place(toks, j) {
        return Start::Nothing;
    }
    let mut k = j + 1;
    while toks
        .get(k)
        .is_some_and(|t| t.has(lexicon::PARTITIVE_DETERMINER))
    {
        k += 1;
    }
    // `3 of its last 5 games`: a modifier before the whole's number.
    let modified_number = toks
        .get(k)
        .is_some_and(|t| t.is_lowercase_word() && !t.has(lexicon::FUNCTION_WORD))
        && toks.get(k + 1).is_some_and(|t| t.kind == Kind::Num);
    if modified_number {
        k += 1;
    }
    // `1,200 of the 3,000 workers`: a part of a counted whole.
    if toks.get(k).is_some_and(|t| t.kind == Kind::Num) {
        k += 1;
    }
    Start::Walk(k)
}

/// `$1,300 in the United States`: a place, not what the money buys (but
/// `in Hollywood tax incentives` is: a name that modifies a noun).
fn money_in_a_place(toks: &[Token<'_>], in_at: usize) -> bool {
    let mut k = if toks.get(in_at + 1).is_some_and(|t| t.lower == "the") {
        in_at + 2
    } else {
        in_at + 1
    };
    let named = toks.get(k).is_some_and(|t| t.is_capitalized());
    while toks
        .get(k)
        .is_some_and(|t| t.is_capitalized() || t.is_punct('.') && !t.space_before)
    {
        k += 1;
    }
    named
        && toks
            .get(k)
            .is_none_or(|t| !t.is_lowercase_word() || t.has(lexicon::FUNCTION_WORD))
}

/// Where the head of the noun phrase starting at `j` is: its last noun, up
/// to five words, stopping at a plural, a function word, a clause or a new
/// name.
fn head_noun(toks: &[Token<'_>], mut j: usize) -> Option<usize> {
    let mut head: Option<&Token<'_>> = None;
    let mut head_at = None;
    let mut count = 0;
    while j < toks.len() {
        let step =
            passed_over(toks, j, count, head).unwrap_or_else(|| judge_word(toks, j, count, head));
        match step {
            Step::Skip(next) => {
                j = next;
                continue;
            }
            Step::Stop => break,
            Step::LastHead => {
                head_at = Some(j);
                break;
            }
            Step::Head => {}
        }
        let t = &toks[j];
        head = Some(t);
        head_at = Some(j);
        count += 1;
        j += 1;
        if count >= 5 || plural_ends_phrase(toks, t, j) {
            break;
        }
    }
    head_at
}

/// What the walk to the head noun does at a word.
enum Step {
    /// Go on from this token, the word not taken.
    Skip(usize),
    /// The phrase ended before the word.
    Stop,
    /// The word is the head, and the phrase ends with it.
    LastHead,
    /// The word is the head so far.
    Head,
}

/// Tokens the walk passes over, or stops at, before judging a word:
/// punctuation, coordinated modifiers, the parts of a compound, adverbs,
/// possessives.
fn passed_over(
    toks: &[Token<'_>],
    j: usize,
    count: usize,
    head: Option<&Token<'_>>,
) -> Option<Step> {
    let t = &toks[j];
    if t.kind != Kind::Word {
        // Hyphenated compounds stay together: `front-line troops`; so do
        // the parts of a formula: `CO2 emissions`.
        return Some(if joins_compound(toks, j) || formula_digits(toks, j) {
            Step::Skip(j + 1)
        } else {
            Step::Stop
        });
    }
    // `16 F-35 stealth fighters`, `two MiG-29 jets`: a model's designation
    // modifies the noun after it.
    if model_designation(toks, j) {
        return Some(Step::Skip(j + 3));
    }
    // `80 km south-west of the capital`: a direction, as one word
    // (`ends_noun_phrase`) or two.
    if matches!(t.lower, "north" | "south")
        && joins_compound(toks, j + 1)
        && matches!(toks[j + 2].lower, "east" | "west")
    {
        return Some(Step::Stop);
    }
    // `5,000 Ukrainian and Russian soldiers`: coordinated modifiers.
    let coordinated = t.lower == "and"
        && count > 0
        && head.is_some_and(|h| h.is_capitalized())
        && toks.get(j + 1).is_some_and(|n| n.is_capitalized())
        && toks.get(j + 2).is_some_and(|n| n.is_lowercase_word());
    // `winner-take-all prizes`, `follow-up questions`: a hyphenated
    // compound is one word, named by its last part; the parts before it,
    // function words among them, neither head nor end the phrase.
    if coordinated || joins_compound(toks, j + 1) {
        return Some(Step::Skip(j + 2));
    }
    let compound_end = j > 0 && joins_compound(toks, j - 1);
    match (!compound_end).then(|| word_before_head(toks, j, count)) {
        Some(Walk::Past) => return Some(Step::Skip(j + 1)),
        Some(Walk::End) => return Some(Step::Stop),
        _ => {}
    }
    // `80% of the city's roads`: a possessive is a determiner here.
    (t.is_possessive() && toks.get(j + 1).is_some_and(|n| n.is_word())).then_some(Step::Skip(j + 1))
}

/// Whether the word at `j` heads the phrase so far, or ends it.
fn judge_word(toks: &[Token<'_>], j: usize, count: usize, head: Option<&Token<'_>>) -> Step {
    let t = &toks[j];
    // (`500 tonnes of grain stolen from farms`: a participle not in -ed
    // before its preposition.)
    let irregular_participle = || {
        toks.get(j + 1)
            .is_some_and(|n| n.has(lexicon::FUNCTION_WORD))
            && words::IRREGULAR_PARTICIPLE_WORDS.contains(&t.lower)
    };
    let participle = t.lower.ends_with("ing")
        || t.lower.ends_with("ed")
        || count > 0 && t.is_lowercase_word() && irregular_participle();
    if participle && count > 0 && !modifies_next_noun(toks, j) {
        // `$550 billion in new federal spending over five years`: a noun in
        // -ing ends the phrase; `troops guarding the border` is a clause.
        let ends_phrase = toks
            .get(j + 1)
            .is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD));
        return if t.lower.ends_with("ing") && ends_phrase {
            Step::LastHead
        } else {
            Step::Stop
        };
    }
    // `one official familiar with the talks`: an adjective after the noun,
    // with its complement.
    let postnominal = count > 0
        && words::POSTNOMINAL_ADJECTIVE_WORDS.contains(&t.lower)
        && toks
            .get(j + 1)
            .is_some_and(|p| p.has(lexicon::FUNCTION_WORD));
    // `the 62nd minute Kim Min-Woo`: a name starts a new phrase.
    // (`the average British diet`: an aggregate word modifies the name after it.)
    let plain_head = |h: &Token<'_>| {
        h.is_lowercase_word()
            && !h.lower.ends_with("ed")
            && !h.lower.ends_with("ing")
            && !words::AGGREGATE_WORDS.contains(&h.lower)
    };
    // (`two super PACs`, `three local NGOs`: an acronym's plural is a
    // common noun.)
    let acronym_plural = |t: &Token<'_>| {
        t.text.len() > 2
            && t.text.ends_with('s')
            && t.text[..t.text.len() - 1]
                .bytes()
                .all(|b| b.is_ascii_uppercase())
    };
    // (The cheap tests first: this runs for every word of the phrase.)
    let new_name = t.is_capitalized()
        && head.is_some_and(plain_head)
        && !acronym_plural(t)
        && !name_in_phrase(toks, j);
    // `2 inches fell overnight`: an irregular past is the verb, unless a
    // plural follows it (`five lost votes`).
    let past_verb = t.has(lexicon::IRREGULAR_PAST)
        && !toks
            .get(j + 1)
            .is_some_and(|n| n.is_lowercase_word() && is_plural_noun(n.lower));
    // `three remaining orbiters` vs `seven died`: keep going only if a noun
    // follows; `40 injured` names the people it counts.
    let participle_alone = participle
        && !t.has(lexicon::PEOPLE_ADJECTIVE)
        && !toks
            .get(j + 1)
            .is_some_and(|n| n.is_word() && !n.has(lexicon::FUNCTION_WORD));
    if postnominal || new_name || participle_alone || past_verb {
        Step::Stop
    } else {
        Step::Head
    }
}

/// The capitalised words from `j` belong to the counted noun's phrase:
/// they modify the plural after them (`three former Trump aides`, `3
/// senior White House officials`) or are a plural of people themselves
/// (`two brave Americans`).
fn name_in_phrase(toks: &[Token<'_>], j: usize) -> bool {
    let end = (j..toks.len())
        .take_while(|&k| toks[k].is_capitalized())
        .last()
        .unwrap_or(j);
    let plural_after = plural_noun_at(toks, end + 1);
    let plural_name = end == j && toks[j].is_word() && is_plural_noun(toks[j].lower);
    plural_after || plural_name
}

/// Whether the head `t` ends the phrase, `next` being the token after it:
/// a plural does, unless it modifies the plural after it.
fn plural_ends_phrase(toks: &[Token<'_>], t: &Token<'_>, next: usize) -> bool {
    // (`two United States soldiers`: a name's plural modifies the plural
    // after it.)
    let name_modifier = t.is_capitalized()
        && toks
            .get(next)
            .is_some_and(|n| n.is_lowercase_word() && is_plural_noun(n.lower));
    // `20 police officers`, `news outlets`: a plural before a plural
    // modifies it; not a verb in -s before its object (`doing one-on-one
    // interviews gives Clinton`).
    let object_after = toks.get(next + 1).is_some_and(|o| {
        o.is_capitalized()
            || o.has(lexicon::DETERMINER)
            || matches!(o.lower, "him" | "her" | "them" | "us" | "me" | "it")
    });
    let plural_modifier = plural_noun_at(toks, next) && !object_after;
    is_plural_noun(t.lower) && !name_modifier && !plural_modifier
}

/// Token `k` is a common plural noun that can carry the phrase on: lower
/// case, no function word, no word that ends the phrase (`news outlets`,
/// `training sessions`, `Trump aides`).
fn plural_noun_at(toks: &[Token<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|n| {
        n.is_lowercase_word()
            && !n.has(lexicon::FUNCTION_WORD | lexicon::NOUN_STOP)
            && is_plural_noun(n.lower)
    })
}

/// The word at `h`, lower-cased, with the parts joined to it before by
/// hyphens from `from` on: `follow-up`, `co-workers` (not `year-olds` after
/// `17-year`, whose first part is the number's).
fn compound_at(toks: &[Token<'_>], from: usize, h: usize) -> String {
    let mut first = h;
    while first >= from + 2 && joins_compound(toks, first - 1) && toks[first - 2].is_word() {
        first -= 2;
    }
    let last = if formula_digits(toks, h + 1) {
        h + 1
    } else {
        h
    };
    toks[first..=last]
        .iter()
        .map(|t| t.lower)
        .collect::<String>()
        .to_lowercase()
}

/// The number at `j` is written into the capitals before it: a formula
/// or a code that names a thing (`CO2`, `PM2.5`), no count.
fn formula_digits(toks: &[Token<'_>], j: usize) -> bool {
    let formula_part = |t: &Token<'_>| {
        (1..=3).contains(&t.text.len()) && t.text.bytes().all(|b| b.is_ascii_uppercase())
    };
    j > 0
        && toks.get(j).is_some_and(|t| t.is_num() && !t.space_before)
        && formula_part(&toks[j - 1])
}

/// `F-35`, `MiG-29`, `Su-57` from `j`: a short capitalised word, a hyphen
/// and a number, written close up, before a word.
fn model_designation(toks: &[Token<'_>], j: usize) -> bool {
    let t = &toks[j];
    let close = |k: usize| toks.get(k).is_some_and(|x| !x.space_before);
    t.text.len() <= 3
        && t.is_capitalized()
        && close(j + 1)
        && toks[j + 1].is_punct('-')
        && close(j + 2)
        && toks[j + 2].is_num()
        && toks
            .get(j + 3)
            .is_some_and(|n| n.is_word() && n.space_before)
}

/// The hyphen at `j` joins a compound: `front-line troops`.
fn joins_compound(toks: &[Token<'_>], j: usize) -> bool {
    let Some(t) = toks.get(j) else {
        return false;
    };
    t.is_punct('-')
        && !t.space_before
        && toks
            .get(j + 1)
            .is_some_and(|n| !n.space_before && n.is_word())
}

/// `54 percent of Democratic registered voters`: a past participle before
/// a noun modifies it (not before a verb or a time: `the 53 wounded
/// remained`, `ppl arrested last night`); a gerund before a plural noun
/// is part of a compound (`10,000 volunteer training sessions`).
fn modifies_next_noun(toks: &[Token<'_>], j: usize) -> bool {
    if toks[j].lower.ends_with("ing") {
        return plural_noun_at(toks, j + 1);
    }
    toks[j].lower.ends_with("ed")
        && toks.get(j + 1).is_some_and(|n| {
            n.is_lowercase_word()
                && !n.has(lexicon::FUNCTION_WORD | lexicon::NOUN_STOP)
                && !n.lower.ends_with("ed")
                && !n.is_past_tense_only()
        })
}

/// What the head walk does at the word `j`, before the noun itself is
/// judged.
enum Walk {
    /// Pass over it: an adverb between the figure and its verb.
    Past,
    /// The phrase ends before it.
    End,
    /// Judge it as a word of the phrase.
    On,
}

fn word_before_head(toks: &[Token<'_>], j: usize, count: usize) -> Walk {
    let t = &toks[j];
    // `72 percent now believe`: an adverb between the figure and its verb
    // is no noun; an auxiliary (`2 million have already voted`) says a verb
    // follows.
    if count == 0 && t.is_lowercase_word() && t.has(lexicon::SKIPPED_BEFORE_CUE) {
        return if is_auxiliary(t.lower) {
            Walk::End
        } else {
            Walk::Past
        };
    }
    // `10 percent higher`, `2 feet shorter than planned`.
    let comparative = count == 0
        && words::COMPARATIVE_WORDS.contains(&t.lower)
        && toks
            .get(j + 1)
            .is_none_or(|n| !n.is_lowercase_word() || n.has(lexicon::FUNCTION_WORD));
    if comparative || ends_noun_phrase(toks, j) || count == 0 && reports_speech(toks, j) {
        return Walk::End;
    }
    // `one policeman said`, `One guy came in`: a verb after the head.
    let verb_after_head = t.is_lowercase_word()
        && (t.is_past_tense_only() || t.cue_class().is_some() && !t.has(lexicon::AMBIGUOUS_CUE));
    if count > 0 && verb_after_head {
        Walk::End
    } else {
        Walk::On
    }
}

fn is_auxiliary(w: &str) -> bool {
    lexicon::is_modal_or_have(w) || matches!(w, "did" | "does" | "do")
}

/// `47 percent said`, `Six in 10 say`, `9 percent found`: a verb of
/// speech, belief or finding right after the figure is its predicate, and
/// the counted noun is elided (a cue word that is a noun as often, such as
/// `reports` or `estimates`, may still head the phrase). What follows the
/// verb opens a clause or an object, so a participle modifying a noun
/// stays (`hundreds of suspected North Korean soldiers`).
fn reports_speech(toks: &[Token<'_>], j: usize) -> bool {
    let t = &toks[j];
    let object_follows = toks
        .get(j + 1)
        .is_none_or(|n| !n.is_word() || n.has(lexicon::FUNCTION_WORD));
    t.is_lowercase_word()
        && t.cue_class().is_some()
        && (!t.has(lexicon::AMBIGUOUS_CUE) || matches!(t.lower, "say" | "believe"))
        && object_follows
}

/// The word at `j` ends the counted noun's phrase before it starts: a
/// function word, a date, an initial (`the 1st U.S. Circuit`, `0.6% q/q`),
/// or a time expression or rate (`0.3% next year`, `per capita`).
fn ends_noun_phrase(toks: &[Token<'_>], j: usize) -> bool {
    let t = &toks[j];
    if t.has(lexicon::FUNCTION_WORD)
        || t.has(lexicon::MONTH) && t.is_capitalized()
        || t.has(lexicon::WEEKDAY)
    {
        return true;
    }
    // `150 miles north of Mexico`: a direction after the figure (a
    // capitalised one opens a name: `5 North Korean soldiers`).
    let direction = t.is_lowercase_word()
        && matches!(
            t.lower,
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
        );
    // `500 mg daily`: a frequency adverb, unless a noun follows it (`5
    // daily flights`).
    let frequency = t.is_lowercase_word()
        && matches!(
            t.lower,
            "daily" | "weekly" | "monthly" | "yearly" | "hourly" | "nightly"
        )
        && toks.get(j + 1).is_none_or(|n| !n.is_lowercase_word());
    // `a four-year contract reportedly worth`: a sentence adverb.
    let sentence_adverb = t.is_lowercase_word()
        && (t.lower.ends_with("edly")
            || matches!(
                t.lower,
                "apparently"
                    | "respectively"
                    | "previously"
                    | "initially"
                    | "originally"
                    | "currently"
            ));
    if direction || frequency || sentence_adverb {
        return true;
    }
    let initial = t.text.len() == 1
        && toks
            .get(j + 1)
            .is_some_and(|n| (n.is_punct('.') || n.is_punct('/')) && !n.space_before);
    initial || t.has(lexicon::NOUN_STOP)
}

pub(super) fn is_plural_noun(w: &str) -> bool {
    lexicon::is_irregular_plural(w)
        || w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
}
