//! Closed word classes of English news text. Every list here is grammar
//! (function words, units, titles, speech verbs), never a dev article's words.
//! The lists are data: `lexicon.rs` turns them into one hash lookup per word.

use crate::lexicon;

/// Words that clearly begin a new sentence after an ambiguous `U.S.`.
pub fn is_sentence_starter(w: &str) -> bool {
    lexicon::has(w, lexicon::SENTENCE_STARTER)
}

pub const SENTENCE_STARTER_WORDS: &[&str] = &[
    "the", "a", "an", "it", "he", "she", "they", "we", "i", "this", "that", "these", "those", "there", "but",
    "and", "however", "in", "on", "at", "for", "as", "after", "before", "when", "while", "if", "his", "her",
    "their", "its", "our", "meanwhile", "yet", "so", "then", "still", "earlier", "later", "some", "many",
    "most", "officials", "according", "both", "no", "not", "what", "who", "why", "how", "where", "since",
    "although", "last", "next", "now", "today", "yesterday", "also", "further", "instead", "despite",
    "during",
];

/// Abbreviations that are always followed by more of the same sentence.
pub fn is_title_abbreviation(w: &str) -> bool {
    lexicon::has(w, lexicon::TITLE_ABBREVIATION)
}

pub const TITLE_ABBREVIATION_WORDS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "reps", "gov", "lt", "col", "capt", "cpt", "sgt",
    "maj", "adm", "cmdr", "st", "ste", "jr", "sr", "rev", "hon", "pres", "pp", "vs", "mt", "approx", "dept",
    "univ", "e.g", "i.e", "cf", "al", "ca", "insp", "supt", "det", "cpl", "pvt", "fr",
];

/// Abbreviations that never end a sentence when a number follows (`No. 5`).
pub fn is_number_abbreviation(w: &str) -> bool {
    lexicon::has(w, lexicon::NUMBER_ABBREVIATION)
}

pub const NUMBER_ABBREVIATION_WORDS: &[&str] = &[
    "no", "nos", "p", "vol", "fig", "figs", "art", "sec", "para", "ch", "op", "v", "est", "ft",
];

/// Abbreviations that may also end a sentence (`... of Apple Inc.`).
pub fn is_soft_abbreviation(w: &str) -> bool {
    lexicon::has(w, lexicon::SOFT_ABBREVIATION)
}

pub const SOFT_ABBREVIATION_WORDS: &[&str] = &[
    "inc", "ltd", "co", "corp", "plc", "llc", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "etc", "govt", "intl", "natl", "assn",
];

pub fn month(w: &str) -> Option<u32> {
    if !lexicon::has(w, lexicon::MONTH) {
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

pub fn is_weekday(w: &str) -> bool {
    lexicon::has(w, lexicon::WEEKDAY)
}

pub const WEEKDAY_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Cardinal number words below a hundred, and their value.
pub fn small_number(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        _ => return None,
    })
}

pub fn is_tens(w: &str) -> bool {
    lexicon::has(w, lexicon::TENS)
}

pub const TENS_WORDS: &[&str] = &[
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Scale words after a number (`1.2 million`, `$3bn`, `5k`).
pub fn scale(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "million" | "mn" | "mln" | "m" => 1e6,
        "billion" | "bn" | "b" => 1e9,
        "trillion" | "tn" | "trn" => 1e12,
        "lakh" => 1e5,
        "crore" => 1e7,
        _ => return None,
    })
}

/// Vague plural quantities: `hundreds`, `thousands of`, `dozens`.
pub fn vague_plural(w: &str) -> Option<f64> {
    Some(match w {
        "dozens" => 12.0,
        "scores" => 20.0,
        "hundreds" => 1e2,
        "thousands" => 1e3,
        "millions" => 1e6,
        "billions" => 1e9,
        "tens" => 10.0,
        _ => return None,
    })
}

/// Fractions written as words.
pub fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" => 0.5,
        "third" => 1.0 / 3.0,
        "thirds" => 1.0 / 3.0,
        "quarter" | "quarters" => 0.25,
        "fifth" | "fifths" => 0.2,
        _ => return None,
    })
}

pub fn currency_symbol(s: &str) -> bool {
    matches!(s, "$" | "€" | "£" | "¥" | "₹" | "₩" | "₽" | "₴" | "₺" | "₦" | "₱")
}

pub const CURRENCY_WORD_WORDS: &[&str] = &[
    "dollars", "dollar", "euros", "euro", "pounds", "sterling", "yen", "yuan", "renminbi", "rupees", "rupee",
    "roubles", "rubles", "hryvnias", "hryvnia", "francs", "franc", "pesos", "peso", "usd", "eur", "gbp",
    "reais", "baht", "ringgit", "rupiah", "naira", "zloty", "forint", "koruna", "krona", "kronor", "krone",
    "kroner", "dirhams", "dirham", "shillings", "kwacha", "cedis", "tenge",
    "jpy", "cny", "inr", "krw", "rub", "chf", "aud", "cad", "won", "cents", "pence", "dinars", "riyals",
    "rand", "shekels", "lira",
];

/// Units of time: a number followed by one is a duration.
pub fn time_unit(w: &str) -> bool {
    lexicon::has(w, lexicon::TIME_UNIT)
}

pub const TIME_UNIT_WORDS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
    "months", "year", "years", "decade", "decades", "century", "centuries", "yr", "yrs", "hrs", "hr", "mins",
    "min", "secs", "fortnight", "fortnights", "millennia", "millennium",
];

/// Units of measure fused to a number (`3.5 km`, `40C`, `6 feet`).
pub fn measure_unit(w: &str) -> bool {
    lexicon::has(w, lexicon::MEASURE_UNIT)
}

pub const MEASURE_UNIT_WORDS: &[&str] = &[
    "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "m", "metres", "meters", "metre",
    "meter", "cm", "mm", "mi", "miles", "mile", "ft", "feet", "foot", "inches", "inch", "in", "yards", "yard",
    "kg", "kgs", "kilograms", "kilogram", "kilos", "g", "grams", "gram", "mg", "tonnes", "tonne", "tons",
    "ton", "lb", "lbs", "pounds-weight", "ounces", "oz", "litres", "liters", "litre", "liter", "l", "ml",
    "gallons", "gallon", "barrels", "barrel", "bpd", "hectares", "hectare", "ha", "acres", "acre", "sq",
    "square", "degrees", "degree", "c", "f", "°c", "°f", "mph", "kph", "knots", "mw", "gw", "kw", "kwh",
    "mwh", "gwh", "twh", "mhz", "ghz", "gb", "mb", "tb", "kb", "km/h", "nautical", "cubic", "megawatts",
    "gigawatts", "kilowatts", "watts", "volts", "calories", "kcal", "magnitude", "points-scale",
];

pub const PERCENT_WORD_WORDS: &[&str] = &[
    "percent", "pct",
];

/// Hedges before a number, longest first, with their bound.
pub const HEDGES: &[(&[&str], crate::Bound)] = {
    use crate::Bound::*;
    &[
        (&["no", "more", "than"], AtMost),
        (&["no", "fewer", "than"], AtLeast),
        (&["no", "less", "than"], AtLeast),
        (&["as", "many", "as"], AtMost),
        (&["as", "much", "as"], AtMost),
        (&["as", "few", "as"], AtLeast),
        (&["at", "a", "minimum"], AtLeast),
        (&["at", "the", "most"], AtMost),
        (&["an", "estimated"], Approx),
        (&["more", "than"], AtLeast),
        (&["greater", "than"], AtLeast),
        (&["fewer", "than"], AtMost),
        (&["less", "than"], AtMost),
        (&["at", "least"], AtLeast),
        (&["at", "most"], AtMost),
        (&["up", "to"], AtMost),
        (&["upwards", "of"], AtLeast),
        (&["in", "excess", "of"], AtLeast),
        (&["close", "to"], Approx),
        (&["just", "over"], AtLeast),
        (&["just", "under"], AtMost),
        (&["well", "over"], AtLeast),
        (&["some"], Approx),
        (&["about"], Approx),
        (&["around"], Approx),
        (&["approximately"], Approx),
        (&["roughly"], Approx),
        (&["nearly"], Approx),
        (&["almost"], Approx),
        (&["estimated"], Approx),
        (&["approx"], Approx),
        (&["circa"], Approx),
        (&["over"], AtLeast),
        (&["above"], AtLeast),
        (&["beyond"], AtLeast),
        (&["under"], AtMost),
        (&["below"], AtMost),
        (&["within"], AtMost),
        (&["exceeding"], AtLeast),
        (&["maximum"], AtMost),
        (&["minimum"], AtLeast),
    ]
};

pub const FUNCTION_WORD_WORDS: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with",
    "without", "into", "onto", "over", "under", "about", "after", "before", "since", "until", "during",
    "through", "across", "against", "among", "between", "per", "as", "than", "that", "which", "who", "whom",
    "whose", "what", "when", "where", "while", "if", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must",
    "shall", "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "your", "i",
    "me", "my", "this", "these", "those", "there", "here", "not", "no", "so", "then", "also", "only", "just",
    "even", "still", "yet", "each", "every", "all", "both", "either", "neither", "some", "any", "aboard",
    "ago", "apiece", "each,", "more", "less", "earlier", "later", "away", "back", "up", "down", "out", "off",
    "again", "too", "very", "because", "although", "though", "unless", "whether", "via", "including", "like",
    "near", "around", "toward", "towards", "upon", "within", "beyond", "behind", "above", "below", "ahead",
    "alone", "together", "altogether", "overall", "respectively", "instead",
];

pub const IDENTIFIER_HEAD_WORDS: &[&str] = &[
    "article", "section", "chapter", "clause", "paragraph", "page", "pp", "p", "no", "nos", "number", "vol",
    "volume", "issue", "flight", "route", "highway", "interstate", "line", "platform", "gate", "room",
    "suite", "unit", "version", "model", "item", "exhibit", "figure", "fig", "table", "appendix",
    "resolution", "amendment", "division", "title", "rule", "day", "game", "match", "round", "stage", "leg",
    "phase", "episode", "season", "part", "level", "grade", "step", "channel", "proposition", "bill", "act",
    "apollo", "class", "category", "tier", "window", "windows", "iphone", "galaxy", "boeing", "airbus",
    "block", "lot", "box", "ward", "district", "precinct", "zone", "sector", "group", "pier", "terminal",
    "hall", "floor", "building", "bus", "train", "road", "street", "avenue",
];

/// Nouns whose plural does not end in `s`.
pub fn is_irregular_plural(w: &str) -> bool {
    lexicon::has(w, lexicon::IRREGULAR_PLURAL)
}

pub const IRREGULAR_PLURAL_WORDS: &[&str] = &[
    "people", "children", "men", "women", "police", "staff", "personnel", "cattle", "sheep", "fish", "data",
    "media", "feet", "teeth", "mice", "geese", "deer", "livestock", "troops", "crew", "aircraft", "offspring",
    "clergy", "faculty", "militia", "infantry", "cavalry", "youth",
];

/// How a cue word reports speech, belief or evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// `said`, `told`, `confirmed`: any subject.
    Speech,
    /// `believe`, `concluded`: any subject, but never in an agentless passive.
    Belief,
    /// `showed`, `found`, `suggests`: a document subject, or a `that` clause.
    Evidence,
    /// `added`: only before a comma, quote or `that`, or after an inversion.
    Addition,
    /// `called` a characterisation (not `called for`).
    Called,
}

pub fn cue_class(w: &str) -> Option<CueClass> {
    let f = lexicon::flags(w);
    if f & lexicon::CUE_SPEECH != 0 {
        return Some(CueClass::Speech);
    }
    if f & lexicon::CUE_BELIEF != 0 {
        return Some(CueClass::Belief);
    }
    if f & lexicon::CUE_EVIDENCE != 0 {
        return Some(CueClass::Evidence);
    }
    if f & lexicon::CUE_ADDITION != 0 {
        return Some(CueClass::Addition);
    }
    if f & lexicon::CUE_CALLED != 0 {
        return Some(CueClass::Called);
    }
    None
}

pub const CUE_SPEECH_WORDS: &[&str] = &[
    "said", "says", "say", "saying", "told", "tells", "tell", "telling", "reported", "reports", "reporting",
    "stated", "states", "state", "stating", "confirmed", "confirms", "confirm", "confirming", "denied",
    "denies", "deny", "denying", "warned", "warns", "warn", "warning", "cited", "cites", "cite", "citing",
    "claimed", "claims", "claim", "claiming", "announced", "announces", "announce", "announcing", "declared",
    "declares", "declaring", "estimated", "estimates", "estimate", "wrote", "writes", "write", "writing",
    "noted", "notes", "noting", "explained", "explains", "explaining", "insisted", "insists", "insisting",
    "argued", "argues", "arguing", "revealed", "reveals", "reveal", "revealing", "predicted", "predicts",
    "acknowledges", "admits", "alleged", "alleges", "described", "describes", "describing", "stressed",
    "stresses", "emphasised", "emphasized", "tweeted", "commented", "testified", "assessed", "assesses",
    "asserted", "asserts", "contended", "quoted", "quoting", "announcing,", "disclosed", "divulged",
    "informed", "briefed", "remarked", "wrote,", "affirmed", "reiterated", "clarified", "projected",
    "forecast", "calculated", "reckoned", "reckons",
];

pub const CUE_BELIEF_WORDS: &[&str] = &[
    "believe", "believes", "believed", "concluded", "concludes", "thinks", "think", "feared", "fears",
    "expects", "expected", "suspects", "suspected", "judged", "assess",
];

pub const CUE_EVIDENCE_WORDS: &[&str] = &[
    "showed", "shows", "show", "showing", "shown", "found", "finds", "suggested", "suggests", "suggesting",
    "indicated", "indicates", "indicating", "documented", "demonstrated", "demonstrates", "concluding",
];

pub const CUE_ADDITION_WORDS: &[&str] = &[
    "added", "adds", "adding", "conceded", "concedes", "maintained", "maintains", "responded", "replied",
    "recalled", "observed", "posted", "admitted", "acknowledged", "continued", "went",
];

pub const CUE_CALLED_WORDS: &[&str] = &[
    "called", "calls", "calling", "dubbed", "branded", "labelled", "labeled", "termed",
];

/// Nouns for things that can say or show something on their own.
pub fn is_document_noun(w: &str) -> bool {
    lexicon::has(w, lexicon::DOCUMENT_NOUN)
}

pub const DOCUMENT_NOUN_WORDS: &[&str] = &[
    "report", "reports", "study", "studies", "survey", "surveys", "poll", "polls", "data", "figures",
    "statistics", "photos", "photographs", "images", "imagery", "video", "videos", "footage", "analysis",
    "research", "results", "findings", "records", "documents", "document", "evidence", "map", "maps",
    "census", "tests", "test", "review", "audit", "inquiry", "investigation", "paper", "article", "statement",
    "letter", "memo", "filing", "assessment", "estimate", "estimates", "model", "projections", "numbers",
    "count", "tally", "website", "post", "tweet", "probe", "autopsy", "scan", "scans", "recording",
    "transcript", "cables", "leak", "book",
];

/// Heads of person noun phrases (for `he`/`she`).
pub fn is_person_word(w: &str) -> bool {
    lexicon::has(w, lexicon::PERSON_WORD)
}

pub const PERSON_WORD_WORDS: &[&str] = &[
    "president", "minister", "professor", "senator", "representative", "rep", "mr", "ms", "mrs", "dr",
    "governor", "secretary", "chancellor", "premier", "king", "queen", "prince", "princess", "general",
    "chief", "director", "chairman", "chairwoman", "chair", "spokesperson", "spokesman", "spokeswoman",
    "administrator", "ceo", "coach", "captain", "judge", "justice", "mayor", "ambassador", "commissioner",
    "officer", "sergeant", "colonel", "lieutenant", "commander", "official", "diplomat", "counselor",
    "counsellor", "researcher", "scientist", "expert", "analyst", "author", "lawyer", "attorney", "witness",
    "doctor", "leader", "lawmaker", "legislator", "adviser", "advisor", "economist", "editor", "reporter",
    "journalist", "correspondent", "manager", "founder", "owner", "player", "striker", "midfielder",
    "defender", "goalkeeper", "resident", "survivor", "victim", "mother", "father", "son", "daughter", "wife",
    "husband", "man", "woman", "boy", "girl", "pope", "bishop", "priest", "imam", "rabbi", "sheikh", "emir",
    "sultan", "deputy", "envoy", "aide", "inspector", "detective", "prosecutor", "candidate", "activist",
    "campaigner", "teacher", "student", "nurse", "surgeon", "pilot", "soldier", "officer,", "vice", "speaker",
    "whip", "councillor", "councilor", "physicist", "historian", "professor,", "mp", "sen", "gov", "gen",
    "col", "capt", "lt", "sgt",
];

/// Heads of organisation noun phrases (for `it`/`they`).
pub fn is_org_word(w: &str) -> bool {
    lexicon::has(w, lexicon::ORG_WORD)
}

pub const ORG_WORD_WORDS: &[&str] = &[
    "ministry", "department", "office", "agency", "times", "news", "post", "journal", "herald", "tribune",
    "telegraph", "guardian", "gazette", "daily", "press", "reuters", "afp", "ap", "bbc", "cnn", "government",
    "newspaper", "broadcaster", "police", "army", "military", "company", "council", "committee", "court",
    "university", "institute", "organisation", "organization", "media", "network", "channel", "commission",
    "board", "bank", "fund", "federation", "association", "union", "party", "administration", "authority",
    "authorities", "service", "services", "centre", "center", "group", "firm", "corporation", "inc", "ltd",
    "school", "hospital", "parliament", "congress", "senate", "house", "cabinet", "team", "club", "league",
    "embassy", "consulate", "forces", "navy", "command", "bureau", "unit", "outlet", "magazine", "website",
    "tv", "radio", "station", "wire", "kcna", "xinhua", "tass", "yonhap", "kyodo", "nyt", "who", "un", "nato",
    "eu", "imf", "fda", "cdc", "museum", "foundation", "coalition", "alliance", "regime", "state", "kremlin",
    "pentagon", "standards", "nasa", "fifa", "nations", "states", "watchdog", "regulator", "observatory",
    "charity", "secretariat", "mission", "delegation", "panel",
];

pub const MONEY_NOUN_WORDS: &[&str] = &[
    "breaks", "taxes", "tax", "cuts", "rebates", "funding", "funds", "aid", "loans", "revenue", "revenues",
    "sales", "damages", "fines", "subsidies", "spending", "investment", "investments", "debt", "bonds",
    "profits", "profit", "losses", "assets", "incentives", "grants", "contracts", "payments", "compensation",
    "fees", "credits", "exports", "imports", "earmarks", "bailouts", "savings", "donations", "bribes",
    "ransom", "salaries", "wages", "bonuses", "benefits", "pensions", "reparations", "sanctions", "tariffs",
    "costs", "expenses", "budget", "cash", "capital", "equity",
];
