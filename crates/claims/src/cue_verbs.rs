//! The cue lexicon: verbs that report what someone said, believes or found,
//! grouped by the verb classes of VerbNet, so that a verb is a cue because
//! of what it means, not because it was seen in an article.
//!
//! VerbNet (Kipper Schuler 2005; VerbNet 3.4, University of Colorado
//! Boulder) groups English verbs by meaning and syntax; its licence allows
//! use with attribution. Nothing is copied from its files: each class below
//! names the VerbNet classes it follows, and its lemmas are the members of
//! those classes that report content (a clause, a quote or a
//! characterisation), not the ones that only name an act of speaking
//! (`talk`, `chat`) or ask for something (`ask`, `urge`, `demand`: requests
//! are not attribution, CLAIMS.md). Judgment verbs (judgment-33: `blame`,
//! `accuse`, `criticise`, `dismiss`) are left out too: CLAIMS.md counts
//! criticism as no attribution, and so does the attribution gold (`Christie
//! accused Cruz of opposing ...`, `He dismisses accusations that ...`).
//! `complain`, `speculate`, `surmise` and `rule` were left out for the same
//! evidence, and `learn` (learn-14: `The CIA eventually learned that ...`
//! is no attribution in the gold).
//!
//! A lemma is written `lemma`, `lemma/past` or `lemma/past/participle`;
//! every inflected form (`says`, `said`, `saying`) is a cue of the class.
//! How a class constrains what stands around the verb is
//! `sources::cues::complement_fits` and `subject_speaks`.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

/// How a cue verb reports: what it needs around it to attribute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// `said`, `told`, `confirmed`: any subject.
    Speech,
    /// `believe`, `concluded`: any subject, but never in an agentless passive.
    Belief,
    /// `showed`, `found`, `suggests`: a document subject, or a `that` clause.
    Evidence,
    /// `added`, `shouted`: only before a comma, quote or `that`, or after
    /// an inversion (the verbs have a common sense that is no speech:
    /// `added 300 jobs`, `recalled 1m cars`).
    Addition,
    /// `called` a characterisation (not `called for`).
    Called,
}

/// One class of cue verbs.
pub struct VerbClass {
    /// The VerbNet classes it follows.
    pub verbnet: &'static str,
    pub class: CueClass,
    /// Lemmas whose every form is a cue (`say`, `says`, `said`, `saying`).
    pub lemmas: &'static [&'static str],
    /// Lemmas whose base, `-s` and `-ing` forms are nouns or gerunds as
    /// often as verbs (`a mention`, `the comments`, `new thinking`): only
    /// their past and participle are cues, and their `-ing` form in a
    /// participial clause with what was said after it (`..., stressing that`:
    /// `lexicon::CUE_GERUND`, `sources::cues::participial_cue`).
    pub past_lemmas: &'static [&'static str],
    /// Present forms of `past_lemmas` that read as verbs after a subject
    /// (`reports`, `predicts`), and forms of no lemma here (`went on`).
    pub extra_forms: &'static [&'static str],
}

pub const VERB_CLASSES: &[VerbClass] = &[
    VerbClass {
        verbnet:
            "say-37.7, tell-37.2, advise-37.9, transfer_mesg-37.1.1 (say, tell, warn, write, cite)",
        class: CueClass::Speech,
        lemmas: &[
            "say/said",
            "state",
            "announce",
            "declare",
            "confirm",
            "deny",
            "claim",
            "note",
            "reveal",
            "cite",
            "warn",
            "write/wrote/written",
            "tell/told",
            "argue",
            "insist",
            "estimate",
        ],
        past_lemmas: &[
            "report",
            "remark",
            "reiterate",
            "affirm",
            "clarify",
            "disclose",
            "divulge",
            "mention",
            "proclaim",
            "confess",
            "confide",
            "attest",
            "aver",
            "avow",
            "recount",
            "repeat",
            "stress",
            "emphasise",
            "emphasize",
            "comment",
            "testify",
            "inform",
            "assure",
            "brief",
            "remind",
            "caution",
            "quote",
            "tweet",
            "explain",
        ],
        extra_forms: &[
            "explains",
            "explaining",
            "reports",
            "reporting",
            "stresses",
            "quoting",
            "tweeting",
            "acknowledges",
            "admits",
        ],
    },
    VerbClass {
        verbnet: "conjecture-29.5 said aloud (assert, allege, contend, imply, hint)",
        class: CueClass::Speech,
        lemmas: &[],
        past_lemmas: &["assert", "allege", "contend", "imply", "hint"],
        extra_forms: &["asserts", "alleges", "contends"],
    },
    VerbClass {
        verbnet: "characterize-29.2 (describe, portray, characterise)",
        class: CueClass::Speech,
        lemmas: &[],
        past_lemmas: &["describe", "portray", "characterise", "characterize"],
        extra_forms: &["describes", "describing"],
    },
    VerbClass {
        verbnet: "estimate-34.2, predict (forecast, calculate, reckon, assess)",
        class: CueClass::Speech,
        lemmas: &[],
        past_lemmas: &["predict", "calculate", "reckon", "assess", "project"],
        extra_forms: &["predicts", "forecast", "reckons", "assesses"],
    },
    VerbClass {
        verbnet: "point out (say-37.7 with a particle; see PARTICLE_CUES)",
        class: CueClass::Speech,
        lemmas: &["point"],
        past_lemmas: &[],
        extra_forms: &[],
    },
    VerbClass {
        verbnet: "rule out (say-37.7 with a particle; see PARTICLE_CUES)",
        class: CueClass::Speech,
        lemmas: &[],
        past_lemmas: &["rule"],
        extra_forms: &["rules", "ruling"],
    },
    VerbClass {
        verbnet: "conjecture-29.5, consider-29.9 (believe, think, conclude, fear, expect)",
        class: CueClass::Belief,
        lemmas: &["believe"],
        past_lemmas: &[
            "conclude", "fear", "expect", "suspect", "judge", "doubt", "theorise", "theorize",
        ],
        // `thought` is left out: `asked what he thought` is a question.
        extra_forms: &[
            "think",
            "thinks",
            "concludes",
            "fears",
            "expects",
            "suspects",
            "assess",
        ],
    },
    VerbClass {
        verbnet: "discover-84, indicate (show, find, suggest, indicate, demonstrate)",
        class: CueClass::Evidence,
        lemmas: &["show/showed/shown", "suggest", "indicate"],
        past_lemmas: &[
            "find/found",
            "document",
            "demonstrate",
            "determine",
            "establish",
            "discover",
        ],
        extra_forms: &["finds", "demonstrates", "concluding"],
    },
    VerbClass {
        verbnet:
            "say-37.7 in reply, manner_speaking-37.3, complain-37.8 (add, reply, shout, boast)",
        class: CueClass::Addition,
        lemmas: &[],
        past_lemmas: &[
            "add",
            "concede",
            "maintain",
            "respond",
            "reply",
            "answer",
            "counter",
            "retort",
            "reason",
            "recall",
            "observe",
            "post",
            "continue",
            "admit/admitted",
            "acknowledge",
            "shout",
            "yell",
            "scream",
            "whisper",
            "mutter",
            "exclaim",
            "quip/quipped",
            "joke",
            "muse",
            "boast",
            "brag/bragged",
            "lament",
        ],
        // `went on: "..."`.
        extra_forms: &["adds", "adding", "concedes", "maintains", "went"],
    },
    VerbClass {
        verbnet: "dub-29.3 (call, dub, brand, label, term)",
        class: CueClass::Called,
        lemmas: &[],
        past_lemmas: &["call", "dub/dubbed", "brand", "label/labelled", "term"],
        // `call` after a plural subject (`Critics call it a farce`).
        extra_forms: &["call", "calls", "calling", "labeled"],
    },
];

/// Cue verbs that attribute only with one of these words after them:
/// `pointed out that`, `pointed to her record`; not `a pointed remark`;
/// `went on: "..."`, not `everywhere she went, "..."`.
pub const PARTICLE_CUES: &[(&str, &[&str])] = &[
    ("point", &["out", "to"]),
    ("points", &["out", "to"]),
    ("pointed", &["out", "to"]),
    ("pointing", &["out", "to"]),
    ("went", &["on"]),
    // `ruled out a tax rise`; not `ruled that` (a court's decision).
    ("rule", &["out"]),
    ("rules", &["out"]),
    ("ruled", &["out"]),
    ("ruling", &["out"]),
];

/// Cue verbs that are no cue with one of these particles after them:
/// phrasal verbs of another meaning (`write off a debt`, `the numbers
/// add up`, `showed up at the rally`).
pub const NON_CUE_PARTICLES: &[(&str, &[&str])] = &[
    ("write", &["off", "down"]),
    ("writes", &["off", "down"]),
    ("wrote", &["off", "down"]),
    ("written", &["off", "down"]),
    ("writing", &["off", "down"]),
    ("add", &["up"]),
    ("adds", &["up"]),
    ("added", &["up"]),
    ("adding", &["up"]),
    ("show", &["up", "off"]),
    ("shows", &["up", "off"]),
    ("showed", &["up", "off"]),
    ("shown", &["up", "off"]),
    ("showing", &["up", "off"]),
    // `argued with her brother`: a quarrel, not a case made.
    ("argue", &["with"]),
    ("argues", &["with"]),
    ("argued", &["with"]),
    ("arguing", &["with"]),
];

/// The lemma of a spec (`write/wrote/written` -> `write`).
pub fn lemma_of(spec: &'static str) -> &'static str {
    spec.split('/').next().unwrap_or_default()
}

/// The `-ing` form of a lemma spec (`stress` -> `stressing`).
pub fn gerund_of(spec: &str) -> String {
    let (lemma, past, _) = principal_parts(spec);
    present_participle(lemma, &past)
}

/// The class of a past lemma's `-ing` form (`stressing` -> Speech).
pub fn class_of_gerund(w: &str) -> Option<CueClass> {
    static GERUNDS: OnceLock<FxHashMap<String, CueClass>> = OnceLock::new();
    GERUNDS
        .get_or_init(|| classes_by(gerund_of))
        .get(w)
        .copied()
}

/// The class of a verb by its lemma, for the lemmas whose present forms
/// are no cue (`explain` in `to explain`).
pub fn class_of_lemma(w: &str) -> Option<CueClass> {
    static LEMMAS: OnceLock<FxHashMap<String, CueClass>> = OnceLock::new();
    LEMMAS
        .get_or_init(|| classes_by(|s| lemma_of(s).to_string()))
        .get(w)
        .copied()
}

/// Whether `w` is the base form of a cue lemma, of either list (`say`,
/// `state`, `stress`): a present that agrees with a plural subject.
pub fn is_lemma(w: &str) -> bool {
    static LEMMAS: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    LEMMAS
        .get_or_init(|| {
            VERB_CLASSES
                .iter()
                .flat_map(|c| c.lemmas.iter().chain(c.past_lemmas))
                .map(|spec| lemma_of(spec))
                .collect()
        })
        .contains(w)
}

/// The class of each past lemma's `form`, made once (a word of text is
/// looked up, not every lemma's form made again for it); where two
/// classes give one form, the first listed wins.
fn classes_by(form: impl Fn(&'static str) -> String) -> FxHashMap<String, CueClass> {
    let mut classes = FxHashMap::default();
    for class in VERB_CLASSES {
        for spec in class.past_lemmas {
            classes.entry(form(spec)).or_insert(class.class);
        }
    }
    classes
}

/// A lemma spec read: the lemma, its past and its participle.
fn principal_parts(spec: &str) -> (&str, String, String) {
    let mut parts = spec.split('/');
    let lemma = parts.next().unwrap_or_default();
    let past = parts
        .next()
        .map_or_else(|| regular_past(lemma), str::to_string);
    let participle = parts.next().map_or_else(|| past.clone(), str::to_string);
    (lemma, past, participle)
}

/// The past and the participle of a lemma spec (`write/wrote/written`).
pub fn past_forms(spec: &str) -> Vec<String> {
    let (_, past, participle) = principal_parts(spec);
    let mut forms = vec![past, participle];
    forms.dedup();
    forms
}

/// The participle of a lemma spec when it is no past tense too (`written`,
/// `shown`): such a form is a finite verb only after `has`/`had`.
pub fn participle_only(spec: &str) -> Option<String> {
    let (_, past, participle) = principal_parts(spec);
    (participle != past).then_some(participle)
}

/// Every form of a lemma spec (`say/said` -> say, says, said, saying).
pub fn inflections(spec: &str) -> Vec<String> {
    let (lemma, past, participle) = principal_parts(spec);
    let ing = present_participle(lemma, &past);
    let mut forms = vec![
        lemma.to_string(),
        third_person(lemma),
        past,
        participle,
        ing,
    ];
    forms.sort_unstable();
    forms.dedup();
    forms
}

fn ends_consonant_y(w: &str) -> bool {
    w.len() > 1 && w.ends_with('y') && !w[..w.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u'])
}

fn third_person(lemma: &str) -> String {
    if ends_consonant_y(lemma) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("ch") || lemma.ends_with("sh") {
        format!("{lemma}es")
    } else {
        format!("{lemma}s")
    }
}

fn regular_past(lemma: &str) -> String {
    if ends_consonant_y(lemma) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else if lemma.ends_with('e') {
        format!("{lemma}d")
    } else {
        format!("{lemma}ed")
    }
}

/// `admit/admitted` doubles its consonant before `-ing` too; `argue` drops
/// its `e`; `see` keeps it.
fn present_participle(lemma: &str, past: &str) -> String {
    let last = lemma.chars().last().unwrap_or_default();
    let doubled = format!("{lemma}{last}ed");
    if past == doubled {
        format!("{lemma}{last}ing")
    } else if lemma.ends_with('e') && !lemma.ends_with("ee") && lemma.len() > 2 {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas_inflect_as_english_does() {
        let cases: &[(&str, &[&str])] = &[
            ("say/said", &["said", "say", "saying", "says"]),
            ("argue", &["argue", "argued", "argues", "arguing"]),
            ("deny", &["denied", "denies", "deny", "denying"]),
            (
                "admit/admitted",
                &["admit", "admits", "admitted", "admitting"],
            ),
            (
                "write/wrote/written",
                &["write", "writes", "writing", "written", "wrote"],
            ),
            ("stress", &["stress", "stressed", "stresses", "stressing"]),
            ("reply", &["replied", "replies", "reply", "replying"]),
            (
                "forecast/forecast",
                &["forecast", "forecasting", "forecasts"],
            ),
        ];
        for (spec, want) in cases {
            assert_eq!(inflections(spec), *want, "{spec}");
        }
    }

    #[test]
    fn every_lemma_spec_is_well_formed() {
        for class in VERB_CLASSES {
            for spec in class.lemmas.iter().chain(class.past_lemmas) {
                let parts = spec.split('/').count();
                assert!(
                    (1..=3).contains(&parts)
                        && spec.chars().all(|c| c.is_ascii_lowercase() || c == '/'),
                    "{spec:?} in {}",
                    class.verbnet
                );
            }
        }
    }
}
