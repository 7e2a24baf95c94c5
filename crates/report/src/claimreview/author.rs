//! Who said a claim, as schema.org types it: a `Person` or an
//! `Organization` when the source's words say which, else a `Thing`.
//!
//! The words are read, not looked up: a head noun that names a role
//! (`spokeswoman`, `officials`) or a title before a name (`Ms.`,
//! `President`) is a person; a noun that names a body (`ministry`,
//! `police`, `agency`) or an acronym (`NASA`) is an organisation; two or
//! three capitalised words and nothing else (`Hannah Roberts`) read as a
//! person's name.

/// `Person`, `Organization` or `Thing`.
pub fn schema_type(source: &str) -> &'static str {
    let words: Vec<&str> = source
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    // Each word as written (lower-cased, possessive dropped) and singular.
    let forms: Vec<[String; 2]> = words.iter().map(|w| word_forms(w)).collect();
    let is_in = |list: &[&str], w: &[String; 2]| w.iter().any(|f| list.contains(&f.as_str()));
    if forms.last().is_some_and(|head| is_in(PERSON_NOUNS, head)) || titled_name(&words, &forms) {
        return "Person";
    }
    if forms.iter().any(|w| is_in(BODY_NOUNS, w)) || words.iter().any(|w| is_acronym(w)) {
        return "Organization";
    }
    let first_is_title = forms
        .first()
        .is_some_and(|w| TITLES.contains(&w[0].trim_end_matches('.')));
    if first_is_title || is_personal_name(&words) {
        return "Person";
    }
    "Thing"
}

/// A word lower-cased without its possessive, and its singular.
fn word_forms(word: &str) -> [String; 2] {
    let lower = word.to_lowercase();
    let bare = ["'s", "’s", "'", "’"]
        .iter()
        .find_map(|p| lower.strip_suffix(p))
        .unwrap_or(&lower)
        .to_string();
    let singular = if let Some(stem) = bare.strip_suffix("ies") {
        format!("{stem}y")
    } else if bare.ends_with('s') && !bare.ends_with("ss") && !bare.ends_with("us") {
        bare[..bare.len() - 1].to_string()
    } else {
        bare.clone()
    };
    [bare, singular]
}

/// `Ukrainian President Volodymyr Zelenskyy`, `US Defence Secretary Lloyd
/// Austin`: a capitalised title, then a name to the end. Read before the
/// acronym rule, which would take `US President Joe Biden` for a body.
fn titled_name(words: &[&str], forms: &[[String; 2]]) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let title = words.iter().zip(forms).rposition(|(w, f)| {
        let possessive = w.ends_with('s') && f[0].len() < w.len();
        capitalised(w) && !possessive && TITLES.contains(&f[0].trim_end_matches('.'))
    });
    let Some(name) = title.map(|t| &words[t + 1..]) else {
        return false;
    };
    (1..=4).contains(&name.len())
        && name.iter().any(|w| capitalised(w))
        && name.iter().all(|w| {
            NAME_PARTICLES.contains(w)
                || capitalised(w)
                    && !is_acronym(w)
                    && !BODY_NOUNS.contains(&w.to_lowercase().as_str())
                    && w.chars()
                        .skip(1)
                        .all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '.')
        })
}

/// Lower-case words inside a person's name: `Ursula von der Leyen`.
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "la", "le", "bin", "al",
];

/// `NASA`, `BBC`, `U.N.`: two to six capitals, perhaps with dots.
fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.len()) && letters.iter().all(|c| c.is_ascii_uppercase())
}

/// Two or three capitalised words with no article: `Hannah Roberts`.
fn is_personal_name(words: &[&str]) -> bool {
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'')
        })
        && !matches!(words[0], "The" | "A" | "An")
}

/// Roles people hold, in the singular (a trailing `s` is dropped first).
const PERSON_NOUNS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "minister",
    "president",
    "director",
    "secretary",
    "senator",
    "governor",
    "mayor",
    "lawyer",
    "attorney",
    "analyst",
    "expert",
    "economist",
    "scientist",
    "researcher",
    "doctor",
    "witness",
    "resident",
    "chief",
    "leader",
    "commander",
    "general",
    "officer",
    "diplomat",
    "ambassador",
    "envoy",
    "professor",
    "author",
    "candidate",
    "lawmaker",
    "legislator",
    "chairman",
    "chairwoman",
    "chair",
    "founder",
    "executive",
    "manager",
    "adviser",
    "advisor",
    "aide",
    "source",
    "survivor",
    "victim",
    "farmer",
    "worker",
    "voter",
    "he",
    "she",
    "judge",
    "prosecutor",
];

/// Nouns that name a body of people rather than a person.
const BODY_NOUNS: &[&str] = &[
    "ministry",
    "department",
    "agency",
    "office",
    "government",
    "police",
    "army",
    "military",
    "council",
    "committee",
    "commission",
    "court",
    "bank",
    "company",
    "corporation",
    "inc.",
    "ltd",
    "group",
    "association",
    "union",
    "university",
    "institute",
    "party",
    "organization",
    "organisation",
    "news",
    "times",
    "post",
    "service",
    "board",
    "authority",
    "administration",
    "bureau",
    "foundation",
    "network",
    "federation",
    "centre",
    "center",
    "hospital",
    "embassy",
    "parliament",
    "congress",
    "senate",
    "cabinet",
    "kremlin",
    "pentagon",
    "press",
    "reuters",
    "force",
    "navy",
    "coalition",
    "alliance",
    "firm",
    "club",
    "league",
];

/// Titles written before a person's name.
const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "president",
    "prime",
    "minister",
    "sen",
    "rep",
    "gov",
    "governor",
    "mayor",
    "judge",
    "gen",
    "col",
    "capt",
    "lt",
    "sgt",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "rev",
    "father",
    "sister",
    "secretary",
    "chancellor",
    "speaker",
    "senator",
    "representative",
    "ambassador",
    "chief",
];

#[cfg(test)]
mod tests {
    use super::schema_type;

    #[test]
    fn a_source_is_typed_by_its_words() {
        let cases = [
            ("Hannah Roberts", "Person"),
            ("Ms. Park", "Person"),
            ("President Zelenskyy", "Person"),
            ("Ukrainian President Volodymyr Zelenskyy", "Person"),
            ("US President Joe Biden", "Person"),
            (
                "European Commission President Ursula von der Leyen",
                "Person",
            ),
            ("US Defense Secretary Lloyd Austin", "Person"),
            ("Prime Minister Keir Starmer's office", "Organization"),
            ("the President's Council", "Organization"),
            ("a police spokeswoman", "Person"),
            ("officials", "Person"),
            ("the defence ministry", "Organization"),
            ("South Korea's spy agency", "Organization"),
            ("NASA", "Organization"),
            ("the US State Department", "Organization"),
            ("Reuters", "Organization"),
            ("the police", "Organization"),
            ("Yonhap news agency", "Organization"),
            ("the report", "Thing"),
            ("a survey", "Thing"),
            ("The Guardian", "Thing"),
        ];
        for (source, expected) in cases {
            assert_eq!(schema_type(source), expected, "{source}");
        }
    }
}
