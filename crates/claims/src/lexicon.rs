//! One hash lookup per word instead of a chain of string comparisons per
//! word class: the word lists of `words.rs` folded into a table of flags.
//!
//! The table is built once from constant lists and never changes, so it is
//! not state: every extraction sees the same table.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

pub use crate::cue_verbs::CueClass;
use crate::{cue_verbs, words};

/// Words that clearly begin a new sentence after an ambiguous `U.S.`.
pub const SENTENCE_STARTER: u64 = 1 << 0;
/// Abbreviations that are always followed by more of the same sentence.
pub const TITLE_ABBREVIATION: u64 = 1 << 1;
/// Abbreviations that never end a sentence when a number follows (`No. 5`).
pub const NUMBER_ABBREVIATION: u64 = 1 << 2;
/// Abbreviations that may also end a sentence (`... of Apple Inc.`).
pub const SOFT_ABBREVIATION: u64 = 1 << 3;
pub const WEEKDAY: u64 = 1 << 4;
pub const TENS: u64 = 1 << 5;
pub const CURRENCY_WORD: u64 = 1 << 6;
pub const TIME_UNIT: u64 = 1 << 7;
pub const MEASURE_UNIT: u64 = 1 << 8;
pub const PERCENT_WORD: u64 = 1 << 9;
pub const FUNCTION_WORD: u64 = 1 << 10;
pub const IDENTIFIER_HEAD: u64 = 1 << 11;
pub const IRREGULAR_PLURAL: u64 = 1 << 12;
pub const DOCUMENT_NOUN: u64 = 1 << 13;
pub const PERSON_WORD: u64 = 1 << 14;
pub const ORG_WORD: u64 = 1 << 15;
pub const MONEY_NOUN: u64 = 1 << 16;
pub const CUE_SPEECH: u64 = 1 << 17;
pub const CUE_BELIEF: u64 = 1 << 18;
pub const CUE_EVIDENCE: u64 = 1 << 19;
pub const CUE_ADDITION: u64 = 1 << 20;
pub const CUE_CALLED: u64 = 1 << 21;
pub const NUMBER_START: u64 = 1 << 22;
pub const MONTH: u64 = 1 << 23;
pub const STATEMENT_VERB: u64 = 1 << 24;
pub const STATEMENT_NOUN: u64 = 1 << 25;
pub const STATEMENT_DETERMINER: u64 = 1 << 26;
pub const STATEMENT_MEDIUM: u64 = 1 << 27;
pub const BE_FORM: u64 = 1 << 28;
pub const NOUN_CUE_CONTEXT: u64 = 1 << 29;
pub const CALL_PARTICLE: u64 = 1 << 30;
pub const RELAY_CUE: u64 = 1 << 31;
pub const DETERMINER: u64 = 1 << 32;
pub const PRENOMINAL_MODIFIER: u64 = 1 << 33;
pub const AMBIGUOUS_CUE: u64 = 1 << 34;
pub const CLAUSE_OPENER: u64 = 1 << 35;
pub const PARTITIVE_DETERMINER: u64 = 1 << 36;
pub const NOUN_STOP: u64 = 1 << 37;
pub const NUMBER_PREFIX: u64 = 1 << 38;
pub const AMBIGUOUS_UNIT: u64 = 1 << 39;
pub const LETTER_UNIT: u64 = 1 << 40;
pub const UNIT_MODIFIER: u64 = 1 << 41;
pub const ONE_NOT_COUNTING: u64 = 1 << 42;
pub const APPOSITION_BREAK: u64 = 1 << 43;
pub const INVERTED_SUBJECT_END: u64 = 1 << 44;
pub const SOURCE_NOUN: u64 = 1 << 45;
pub const POSSESSED_SOURCE: u64 = 1 << 46;
pub const SKIPPED_BEFORE_CUE: u64 = 1 << 47;
pub const NP_PREPOSITION: u64 = 1 << 48;
pub const NP_MODIFIER: u64 = 1 << 49;
pub const PARTICIPLE_ADJECTIVE: u64 = 1 << 50;
pub const OPENING_ADVERBIAL: u64 = 1 << 51;
pub const NEGATION: u64 = 1 << 52;
pub const KEPT_DETERMINER: u64 = 1 << 53;
pub const PEOPLE_ADJECTIVE: u64 = 1 << 54;
pub const PARTICIPLE_ONLY_CUE: u64 = 1 << 55;
/// Adjectives of a size after a measure: `2.1m tall`, `3m deep`.
pub const DIMENSION: u64 = 1 << 56;
/// The bare lemma of a cue whose present forms are no cue (`explain`,
/// `add`, `stress`): a cue only as an infinitive (`is likely to stress`).
pub const CUE_LEMMA: u64 = 1 << 57;
/// Titles, nouns and given names of a woman (`Mrs`, `spokeswoman`,
/// `Angela`) and of a man (`Mr`, `Donald`).
pub const FEMALE: u64 = 1 << 58;
pub const MALE: u64 = 1 << 59;
/// An irregular past tense (`took`, `fell`): a finite verb without `-ed`.
pub const IRREGULAR_PAST: u64 = 1 << 60;
/// A noun that after `the` stands for a body named before (`the company`).
pub const DEFINITE_BODY_NOUN: u64 = 1 << 61;
/// The `-ing` form of a cue lemma whose present forms are nouns as often
/// (`stressing`, `noting`): a cue only in a participial clause.
pub const CUE_GERUND: u64 = 1 << 62;
/// The last word of a hedge (`than` of `more than`, `some`): a number after
/// any other word has no hedge, and the hedges need not be tried.
pub const HEDGE_END: u64 = 1 << 63;

/// Words that can start a number written in words (`two`, `a dozen`, `hundreds`).
const NUMBER_START_WORDS: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "a",
    "an",
    "several",
    "half",
    "quarter",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "tens",
    "nought",
    "naught",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

const MONTH_WORDS: &[&str] = &[
    "january",
    "jan",
    "february",
    "feb",
    "march",
    "mar",
    "april",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "october",
    "oct",
    "november",
    "nov",
    "december",
    "dec",
];

/// Words in one flat open-addressing array, each slot holding the word
/// packed into two machine words: a lookup packs the word, hashes it with
/// one multiply and compares 16 bytes per probe, touching one cache line in
/// the common case. (Buckets of slices cost a pointer chase and a `memcmp`
/// per word of text, a fifth of the engine's time.)
pub struct Table {
    /// One byte per slot, 0 for an empty one, else a few bits of the
    /// word's hash (`slot_of`): a probe reads this small array first and
    /// touches a slot only when the tag matches, so a word in no list
    /// (most words of a text) rarely costs a cache miss in `slots`.
    tags: Box<[u8]>,
    slots: Box<[Slot]>,
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
}

#[derive(Clone, Copy, Default)]
struct Slot {
    /// The word's bytes, zero-padded to 16 (`pack`).
    key: [u64; 2],
    /// The word's length.
    len: u64,
    flags: u64,
}

const MAX_LEN: usize = 16;

/// `w` (1 to `MAX_LEN` bytes) zero-padded into two little-endian words.
/// Built from overlapping loads rather than a copy into a buffer: this
/// runs once per word of text.
#[inline]
fn pack(w: &[u8]) -> [u64; 2] {
    let n = w.len();
    let le8 = |at: usize| u64::from_le_bytes(w[at..at + 8].try_into().unwrap_or_default());
    let le4 = |at: usize| {
        u64::from(u32::from_le_bytes(
            w[at..at + 4].try_into().unwrap_or_default(),
        ))
    };
    match n {
        0 => [0, 0],
        1..=3 => {
            let (a, b, c) = (u64::from(w[0]), u64::from(w[n / 2]), u64::from(w[n - 1]));
            [a | b << (8 * (n / 2)) | c << (8 * (n - 1)), 0]
        }
        4..=7 => [le4(0) | le4(n - 4) << (8 * (n - 4)), 0],
        8 => [le8(0), 0],
        _ => [le8(0), le8(n - 8) >> (8 * (16 - n))],
    }
}

/// The slot a word's probe starts at, and its tag (never 0).
fn slot_of(key: [u64; 2], len: usize, mask: usize) -> (usize, u8) {
    let h = (key[0] ^ key[1].rotate_left(29) ^ len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    ((h >> 32) as usize & mask, (h >> 56) as u8 | 1)
}

impl Table {
    /// At most a quarter of the slots filled, so a probe sequence stays
    /// short: most words of a text are in no list, and a miss probes until
    /// an empty slot (2,200 words: 16,384 slots, 16 KiB of tags).
    fn build(words: &[(&'static str, u64)]) -> Table {
        let size = (words.len() * 4).next_power_of_two().max(64);
        let mask = size - 1;
        let mut tags = vec![0u8; size].into_boxed_slice();
        let mut slots = vec![Slot::default(); size].into_boxed_slice();
        for &(w, flags) in words {
            let key = pack(w.as_bytes());
            let (mut k, tag) = slot_of(key, w.len(), mask);
            while tags[k] != 0 {
                k = (k + 1) & mask;
            }
            tags[k] = tag;
            slots[k] = Slot {
                key,
                len: w.len() as u64,
                flags,
            };
        }
        Table { tags, slots, mask }
    }

    #[inline]
    fn get(&self, w: &[u8]) -> u64 {
        let key = pack(w);
        let len = w.len() as u64;
        let (mut k, tag) = slot_of(key, w.len(), self.mask);
        loop {
            match self.tags[k] {
                0 => return 0,
                t if t == tag => {
                    let slot = &self.slots[k];
                    if slot.len == len && slot.key == key {
                        return slot.flags;
                    }
                }
                _ => {}
            }
            k = (k + 1) & self.mask;
        }
    }
}

/// Every word list with the flag its words get.
const LISTS: &[(&[&str], u64)] = &[
    (words::SENTENCE_STARTER_WORDS, SENTENCE_STARTER),
    (words::TITLE_ABBREVIATION_WORDS, TITLE_ABBREVIATION),
    (words::NUMBER_ABBREVIATION_WORDS, NUMBER_ABBREVIATION),
    (words::SOFT_ABBREVIATION_WORDS, SOFT_ABBREVIATION),
    (words::WEEKDAY_WORDS, WEEKDAY),
    (words::TENS_WORDS, TENS),
    (words::CURRENCY_WORD_WORDS, CURRENCY_WORD),
    (words::TIME_UNIT_WORDS, TIME_UNIT),
    (words::MEASURE_UNIT_WORDS, MEASURE_UNIT),
    (words::PERCENT_WORD_WORDS, PERCENT_WORD),
    (words::FUNCTION_WORD_WORDS, FUNCTION_WORD),
    (words::IDENTIFIER_HEAD_WORDS, IDENTIFIER_HEAD),
    (words::IRREGULAR_PLURAL_WORDS, IRREGULAR_PLURAL),
    (words::DOCUMENT_NOUN_WORDS, DOCUMENT_NOUN),
    (words::PERSON_WORD_WORDS, PERSON_WORD),
    (words::ORG_WORD_WORDS, ORG_WORD),
    (words::MONEY_NOUN_WORDS, MONEY_NOUN),
    (NUMBER_START_WORDS, NUMBER_START),
    (MONTH_WORDS, MONTH),
    (words::STATEMENT_VERB_WORDS, STATEMENT_VERB),
    (words::STATEMENT_NOUN_WORDS, STATEMENT_NOUN),
    (words::STATEMENT_DETERMINER_WORDS, STATEMENT_DETERMINER),
    (words::STATEMENT_MEDIUM_WORDS, STATEMENT_MEDIUM),
    (words::BE_FORM_WORDS, BE_FORM),
    (words::NOUN_CUE_CONTEXT_WORDS, NOUN_CUE_CONTEXT),
    (words::CALL_PARTICLE_WORDS, CALL_PARTICLE),
    (words::RELAY_CUE_WORDS, RELAY_CUE),
    (words::DETERMINER_WORDS, DETERMINER),
    (words::PRENOMINAL_MODIFIER_WORDS, PRENOMINAL_MODIFIER),
    (words::AMBIGUOUS_CUE_WORDS, AMBIGUOUS_CUE),
    (words::CLAUSE_OPENER_WORDS, CLAUSE_OPENER),
    (words::PARTITIVE_DETERMINER_WORDS, PARTITIVE_DETERMINER),
    (words::NOUN_STOP_WORDS, NOUN_STOP),
    (words::NUMBER_PREFIX_WORDS, NUMBER_PREFIX),
    (words::AMBIGUOUS_UNIT_WORDS, AMBIGUOUS_UNIT),
    (words::LETTER_UNIT_WORDS, LETTER_UNIT),
    (words::UNIT_MODIFIER_WORDS, UNIT_MODIFIER),
    (words::ONE_NOT_COUNTING_WORDS, ONE_NOT_COUNTING),
    (words::APPOSITION_BREAK_WORDS, APPOSITION_BREAK),
    (words::INVERTED_SUBJECT_END_WORDS, INVERTED_SUBJECT_END),
    (words::SOURCE_NOUN_WORDS, SOURCE_NOUN),
    (words::POSSESSED_SOURCE_WORDS, POSSESSED_SOURCE),
    (words::SKIPPED_BEFORE_CUE_WORDS, SKIPPED_BEFORE_CUE),
    (words::NP_PREPOSITION_WORDS, NP_PREPOSITION),
    (words::NP_MODIFIER_WORDS, NP_MODIFIER),
    (words::PARTICIPLE_ADJECTIVE_WORDS, PARTICIPLE_ADJECTIVE),
    (words::OPENING_ADVERBIAL_WORDS, OPENING_ADVERBIAL),
    (words::NEGATION_WORDS, NEGATION),
    (words::KEPT_DETERMINER_WORDS, KEPT_DETERMINER),
    (words::PEOPLE_ADJECTIVE_WORDS, PEOPLE_ADJECTIVE),
    (words::DIMENSION_WORDS, DIMENSION),
    (words::FEMALE_WORDS, FEMALE),
    (words::MALE_WORDS, MALE),
    (words::FEMALE_GIVEN_NAME_WORDS, FEMALE),
    (words::MALE_GIVEN_NAME_WORDS, MALE),
    (words::IRREGULAR_PAST_WORDS, IRREGULAR_PAST),
    (words::DEFINITE_BODY_NOUN_WORDS, DEFINITE_BODY_NOUN),
];

/// The table, for a caller that looks up every word of a text: fetched
/// once rather than once per word.
pub fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut flags: FxHashMap<&'static str, u64> = FxHashMap::default();
        for (list, flag) in LISTS {
            for w in *list {
                assert!(
                    !w.is_empty() && w.len() <= MAX_LEN,
                    "lexicon word {w:?} is empty or longer than {MAX_LEN} bytes"
                );
                *flags.entry(*w).or_insert(0) |= flag;
            }
        }
        for (hedge, _) in words::HEDGES {
            if let Some(last) = hedge.last() {
                *flags.entry(last).or_insert(0) |= HEDGE_END;
            }
        }
        for (form, flag) in cue_verb_forms() {
            *flags.entry(form).or_insert(0) |= flag;
        }
        let mut words: Vec<(&'static str, u64)> = flags.into_iter().collect();
        words.sort_unstable();
        Table::build(&words)
    })
}

/// Every inflected form of the cue lexicon with its class's flag. The
/// forms are made once, when the table is built, and live as long as the
/// program (the table holds `&'static` words).
fn cue_verb_forms() -> Vec<(&'static str, u64)> {
    let mut forms = Vec::new();
    for class in cue_verbs::VERB_CLASSES {
        let flag = match class.class {
            CueClass::Speech => CUE_SPEECH,
            CueClass::Belief => CUE_BELIEF,
            CueClass::Evidence => CUE_EVIDENCE,
            CueClass::Addition => CUE_ADDITION,
            CueClass::Called => CUE_CALLED,
        };
        let every = class.lemmas.iter().flat_map(|s| cue_verbs::inflections(s));
        let past = class
            .past_lemmas
            .iter()
            .flat_map(|s| cue_verbs::past_forms(s));
        for form in every.chain(past) {
            assert!(
                form.len() <= MAX_LEN,
                "cue form {form:?} of {} is longer than {MAX_LEN} bytes",
                class.verbnet
            );
            forms.push((&*Box::leak(form.into_boxed_str()), flag));
        }
        forms.extend(class.extra_forms.iter().map(|&w| (w, flag)));
        let participles = class
            .lemmas
            .iter()
            .chain(class.past_lemmas)
            .filter_map(|s| cue_verbs::participle_only(s));
        for form in participles {
            forms.push((&*Box::leak(form.into_boxed_str()), PARTICIPLE_ONLY_CUE));
        }
        forms.extend(
            class
                .past_lemmas
                .iter()
                .map(|s| (cue_verbs::lemma_of(s), CUE_LEMMA)),
        );
        for spec in class.past_lemmas {
            let gerund = cue_verbs::gerund_of(spec);
            forms.push((&*Box::leak(gerund.into_boxed_str()), CUE_GERUND));
        }
    }
    forms
}

impl Table {
    /// The classes a lower-cased word belongs to.
    #[inline]
    pub fn flags(&self, w: &str) -> u64 {
        let b = w.as_bytes();
        if b.is_empty() || b.len() > MAX_LEN {
            return 0;
        }
        self.get(b)
    }
}

/// The classes a lower-cased word belongs to.
pub fn flags(w: &str) -> u64 {
    table().flags(w)
}

/// [`flags`] of `w` in any case (`U.S.`, `Dr`), without a lower-cased copy
/// on the heap.
pub fn flags_any_case(w: &str) -> u64 {
    if w.is_empty() || w.len() > MAX_LEN {
        return 0;
    }
    let mut lower = [0u8; MAX_LEN];
    lower[..w.len()].copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    table().get(&lower[..w.len()])
}

pub fn has(w: &str, flag: u64) -> bool {
    flags(w) & flag != 0
}

// ---------------------------------------------------------------------------
// The classes, asked by name

pub fn month(w: &str) -> Option<u32> {
    if !has(w, MONTH) {
        return None;
    }
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// A past tense that is never a noun (`began`, `told`, `came`); `a hit`,
/// `the left`, `won` (a currency) are nouns as well. `flags` are `w`'s.
pub fn past_tense_only(w: &str, flags: u64) -> bool {
    flags & IRREGULAR_PAST != 0
        && !matches!(w, "hit" | "set" | "read" | "shot" | "left" | "won" | "put")
}

/// A modal or a finite form of `have`, which a verb follows.
pub fn is_modal_or_have(w: &str) -> bool {
    matches!(
        w,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
    )
}

pub fn is_weekday(w: &str) -> bool {
    has(w, WEEKDAY)
}

pub fn is_tens(w: &str) -> bool {
    has(w, TENS)
}

/// Units of time: a number followed by one is a duration.
pub fn time_unit(w: &str) -> bool {
    has(w, TIME_UNIT)
}

/// Units of measure fused to a number (`3.5 km`, `40C`, `6 feet`).
pub fn measure_unit(w: &str) -> bool {
    has(w, MEASURE_UNIT)
}

/// Nouns whose plural does not end in `s`.
pub fn is_irregular_plural(w: &str) -> bool {
    has(w, IRREGULAR_PLURAL)
}

/// How a cue word reports speech, belief or evidence, from its flags.
pub fn cue_class_of(f: u64) -> Option<CueClass> {
    if f & CUE_SPEECH != 0 {
        return Some(CueClass::Speech);
    }
    if f & CUE_BELIEF != 0 {
        return Some(CueClass::Belief);
    }
    if f & CUE_EVIDENCE != 0 {
        return Some(CueClass::Evidence);
    }
    if f & CUE_ADDITION != 0 {
        return Some(CueClass::Addition);
    }
    if f & CUE_CALLED != 0 {
        return Some(CueClass::Called);
    }
    None
}

/// Nouns for things that can say or show something on their own.
pub fn is_document_noun(w: &str) -> bool {
    has(w, DOCUMENT_NOUN)
}

/// Heads of person noun phrases (for `he`/`she`).
pub fn is_person_word(w: &str) -> bool {
    has(w, PERSON_WORD)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_lower_case_and_flags_fit() {
        for slot in table().slots.iter().filter(|s| s.len != 0) {
            let mut bytes = [slot.key[0].to_le_bytes(), slot.key[1].to_le_bytes()].concat();
            bytes.truncate(slot.len as usize);
            assert!(
                !bytes.iter().any(u8::is_ascii_uppercase),
                "{:?} must be lower case",
                String::from_utf8_lossy(&bytes)
            );
            let word = std::str::from_utf8(&bytes).unwrap_or_default();
            assert_eq!(flags(word), slot.flags, "{word:?} is found");
        }
        assert!(MONTH.leading_zeros() > 0);
        assert!(
            has("said", CUE_SPEECH)
                && has("the", FUNCTION_WORD)
                && has("june", MONTH)
                && !has("soldiers", FUNCTION_WORD)
        );
        for (any_case, lower) in [("Said", "said"), ("JUNE", "june"), ("Dr", "dr")] {
            assert_eq!(flags_any_case(any_case), flags(lower), "{any_case}");
        }
        for unknown in ["", "sai", "saidd", "said\0", "internationalisation"] {
            assert_eq!(flags(unknown), 0, "{unknown:?} is no lexicon word");
        }
    }

    #[test]
    fn a_word_packs_as_its_bytes_zero_padded() {
        for n in 1..=MAX_LEN {
            let word: Vec<u8> = (0..n as u8).map(|k| b'a' + k).collect();
            let mut padded = [0u8; MAX_LEN];
            padded[..n].copy_from_slice(&word);
            let (lo, hi) = padded.split_at(8);
            let want = [
                u64::from_le_bytes(lo.try_into().unwrap()),
                u64::from_le_bytes(hi.try_into().unwrap()),
            ];
            assert_eq!(pack(&word), want, "a word of {n} bytes");
        }
    }
}
