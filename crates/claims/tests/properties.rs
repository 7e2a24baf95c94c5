//! Whatever the input, the engine does not panic and every span it returns
//! is valid: in bounds, on char boundaries, ordered, inside its sentence,
//! and its `text` is exactly those bytes.

use claims::{extract, Extraction};
use proptest::prelude::*;

fn check(text: &str, x: &Extraction) -> Result<(), TestCaseError> {
    prop_assert_eq!(x.bytes, text.len());
    let mut prev_end = 0;
    for s in &x.sentences {
        prop_assert!(
            s.start < s.end && s.end <= text.len(),
            "sentence {}..{}",
            s.start,
            s.end
        );
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prop_assert!(s.start >= prev_end, "sentences overlap or go backwards");
        prop_assert!(!text[s.start..s.end].starts_with(char::is_whitespace));
        prop_assert!(!text[s.start..s.end].ends_with(char::is_whitespace));
        prev_end = s.end;
        prop_assert_eq!(s.numeric, !s.numbers.is_empty());
        if !s.sources.is_empty() {
            prop_assert!(s.attributed);
        }
        for n in &s.numbers {
            prop_assert!(
                s.start <= n.start && n.start < n.end && n.end <= s.end,
                "number {}..{} outside its sentence",
                n.start,
                n.end
            );
            prop_assert!(text.is_char_boundary(n.start) && text.is_char_boundary(n.end));
            prop_assert_eq!(&text[n.start..n.end], n.text.as_str());
            prop_assert!(n.value.is_finite());
            if let Some(h) = n.high {
                prop_assert!(h.is_finite() && h >= n.value);
            }
        }
        for (k, src) in s.sources.iter().enumerate() {
            prop_assert!(s.start <= src.start && src.start < src.end && src.end <= s.end);
            prop_assert!(text.is_char_boundary(src.start) && text.is_char_boundary(src.end));
            prop_assert_eq!(&text[src.start..src.end], src.text.as_str());
            prop_assert!(!src.cue.is_empty());
            if let Some(v) = src.via {
                prop_assert!(v < s.sources.len() && v != k, "via {} points nowhere", v);
            }
            if let Some([a, b]) = src.refers_to {
                prop_assert!(
                    src.pronoun && a < b && b <= src.start,
                    "refers_to must be an earlier span"
                );
                prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
            }
        }
    }
    Ok(())
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2000)
}

const WORDS: &[&str] = &[
    "said",
    "reported",
    "according",
    "to",
    "as",
    "per",
    "citing",
    "he",
    "she",
    "it",
    "they",
    "The",
    "the",
    "a",
    "an",
    "New",
    "York",
    "Times",
    "Ministry",
    "officials",
    "told",
    "some",
    "about",
    "more",
    "than",
    "as many as",
    "up to",
    "million",
    "billion",
    "bn",
    "$",
    "€",
    "%",
    "per cent",
    "km",
    "years",
    "February",
    "June",
    "Tuesday",
    "1950-53",
    "11,000",
    "1.2",
    "3,5",
    "10-12",
    "two",
    "twenty-five",
    "a dozen",
    "hundreds",
    "thousands of",
    "half",
    "one of",
    "21st",
    "U.S.",
    "Dr.",
    "No.",
    "pp.",
    "Jan.",
    "(ANI)",
    "\"",
    "“",
    "”",
    "'",
    "’",
    ",",
    ".",
    "?",
    "!",
    "...",
    "…",
    "\n",
    "\r\n",
    "\n\n",
    ":",
    ";",
    "-",
    "–",
    "—",
    "(",
    ")",
    "G7",
    "COVID-19",
    "Boeing 737",
    "Article 5",
    "2024",
    "10/1/2008",
    "00:37",
    "1 – 0",
    "his office",
    "who",
    "cited",
    "as saying",
    "in a statement",
    "Yonhap",
    "KCNA",
    "é",
    "e\u{301}",
    "שלום",
    "مرحبا",
    "漢字",
    "🙂",
    "\u{200B}",
    "\u{FEFF}",
    "\t",
];

fn newsy() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(WORDS), prop::bool::ANY), 0..120).prop_map(
        |parts| {
            parts
                .into_iter()
                .map(|(w, space)| {
                    if space {
                        format!("{w} ")
                    } else {
                        w.to_string()
                    }
                })
                .collect()
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        check(&text, &extract(&text))?;
    }

    #[test]
    fn random_bytes_decoded_lossily_give_valid_spans(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        check(&text, &extract(&text))?;
    }

    #[test]
    fn news_like_text_gives_valid_spans(text in newsy()) {
        check(&text, &extract(&text))?;
    }

    #[test]
    fn deep_quote_nesting_gives_valid_spans(depth in 0usize..400, quote in prop::sample::select(vec!["\"", "“", "”", "‘", "'"])) {
        let text = format!("He said {} 40 people {} died, officials said.", quote.repeat(depth), quote.repeat(depth / 2));
        check(&text, &extract(&text))?;
    }
}

/// Inputs the long run (1,000,000 cases) once found failing: a lone
/// determiner with no phrase after it, a power that is no finite number.
#[test]
fn inputs_the_long_run_found_stay_valid() {
    for text in [
        "MY",
        "HIS",
        "0^-1",
        "0^-1\0",
        "999^308 people",
        "0 to the power of -1",
    ] {
        if let Err(e) = check(text, &extract(text)) {
            panic!("{text:?}: {e}");
        }
    }
}

#[test]
fn a_huge_single_line_is_handled_in_linear_time() {
    // 4 MB without a line break, with sentences, and one without any punctuation.
    let sentence = "Officials said some 11,000 troops were deployed, Yonhap reported. ";
    let text = sentence.repeat(4 * 1024 * 1024 / sentence.len());
    let x = extract(&text);
    assert_eq!(x.sentences.len(), text.len() / sentence.len());
    let words = "word ".repeat(800_000);
    let x = extract(&words);
    assert_eq!(x.sentences.len(), 1);
    // One 4 MB "sentence" full of cues, commas and quotes: attribution work
    // per sentence is bounded, so this takes as long as any 4 MB.
    let cues = "Officials said, \"the minister\" told police, ".repeat(4 * 1024 * 1024 / 45);
    let x = extract(&cues);
    assert_eq!(x.sentences.len(), 1);
    assert!(x.sentences[0].attributed);
}
