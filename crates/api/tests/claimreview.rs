//! ClaimReview as publishers need it, on the seed article: every property
//! search engines' fact-check markup requires and recommends, filled from
//! the newsroom's settings and the document's metadata; the output read by
//! a JSON-LD processor; and, without settings, a note naming what is left
//! out.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use api::model::{Settings, Status};
use api::{Desk, Format, ImportOptions};
use json_ld::syntax::{IntoJsonWithContext, Parse};
use json_ld::{IriBuf, JsonLdProcessor, RemoteDocument};
use serde_json::Value;

fn shared_seed() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/seed.txt");
    if p.exists() {
        Some(p)
    } else {
        println!("notice: ../shared/corpus is not beside this checkout; skipping the ClaimReview test on the seed article");
        None
    }
}

/// The seed article imported with its web address, publisher and date, and
/// a verdict on every claim (the three in turn).
fn reviewed_seed(seed: &Path) -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(dir.path().join("reviews.db")).unwrap();
    let options = ImportOptions {
        origin: Some("https://news.example.org/world/north-korean-troops".into()),
        publisher: Some("Example News".into()),
        published_at: Some("2024-11-05".into()),
        ..ImportOptions::default()
    };
    let imported = desk.import_files(&[seed.to_path_buf()], &options, |_| {});
    assert!(imported[0].error.is_none(), "{:?}", imported[0].error);
    let claims = desk.claim_briefs(&Default::default()).unwrap();
    assert!(claims.len() >= 5, "the seed's claims");
    for (k, c) in claims.iter().enumerate() {
        let change = api::VerdictChange::Set(Status::ALL[k % 3]);
        desk.change_verdict(c.id, change, Some("checked against the ministry"), &[])
            .unwrap();
    }
    (dir, desk)
}

fn newsroom() -> Settings {
    Settings {
        organization_name: Some("Harbour Checks".into()),
        organization_url: Some("https://checks.example.org".into()),
        organization_logo: Some("https://checks.example.org/logo.png".into()),
        review_url_template: Some("https://checks.example.org/reviews/{id}".into()),
        language: Some("en".into()),
    }
}

/// Required (R) and recommended (r) by fact-check markup, as JSON pointers.
const EVERY_REVIEW_HAS: &[&str] = &[
    "/url",                                    // R: the published review
    "/claimReviewed",                          // R
    "/reviewRating/alternateName",             // R: the rating in words
    "/reviewRating/ratingValue",               // r
    "/reviewRating/bestRating",                // r
    "/reviewRating/worstRating",               // r
    "/author/name",                            // r: the fact-checker
    "/author/url",                             // r
    "/datePublished",                          // r
    "/itemReviewed/datePublished",             // r
    "/itemReviewed/appearance/url",            // r: where the claim was made
    "/itemReviewed/appearance/headline",       // r
    "/itemReviewed/appearance/publisher/name", // r
    "/itemReviewed/appearance/datePublished",  // r
];

#[test]
fn the_seed_article_s_reviews_carry_what_fact_check_markup_needs() {
    let Some(seed) = shared_seed() else { return };
    let (_dir, mut desk) = reviewed_seed(&seed);
    desk.save_settings(&newsroom()).unwrap();
    let rendered = desk.render_report(Format::ClaimReview, None, None).unwrap();
    let reviews: Vec<Value> = serde_json::from_slice(&rendered.bytes).unwrap();
    // Only a claim's author can be missing: some claims name no source.
    let unsourced = reviews
        .iter()
        .filter(|r| r.pointer("/itemReviewed/author").is_none())
        .count();
    assert!(
        unsourced < reviews.len() / 2,
        "most seed claims name a source"
    );
    let expected =
        format!("not filled: itemReviewed.author ({unsourced}: the claim names no source)");
    assert_eq!(rendered.note, (unsourced > 0).then_some(expected));
    let claims = desk.claim_briefs(&Default::default()).unwrap();
    assert_eq!(reviews.len(), claims.len());
    for r in &reviews {
        for pointer in EVERY_REVIEW_HAS {
            let v = r.pointer(pointer);
            assert!(
                v.is_some_and(|v| v != "" && !v.is_null()),
                "{pointer} missing in {r:#}"
            );
        }
        assert_eq!(r["@type"], "ClaimReview");
        assert_eq!(r["itemReviewed"]["@type"], "Claim");
        let url = r["url"].as_str().unwrap();
        assert!(
            url.starts_with("https://checks.example.org/reviews/"),
            "{url}"
        );
    }
    let author_of = |needle: &str| {
        let r = reviews
            .iter()
            .find(|r| r["claimReviewed"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no review of a claim with {needle:?}"));
        r["itemReviewed"]["author"]["@type"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(author_of("Defence Ministry"), "Organization");
    assert_eq!(author_of("State Department spokesperson"), "Person");
    expand_as_json_ld(&rendered.bytes, reviews.len());
}

#[test]
fn without_settings_the_export_works_and_says_what_it_could_not_fill() {
    let Some(seed) = shared_seed() else { return };
    let (_dir, desk) = reviewed_seed(&seed);
    let rendered = desk.render_report(Format::ClaimReview, None, None).unwrap();
    let note = rendered.note.expect("a note on what is missing");
    let reviews: Vec<Value> = serde_json::from_slice(&rendered.bytes).unwrap();
    let n = reviews.len();
    for expected in [
        format!("url ({n}: set review.url_template"),
        format!("author ({n}: set organization.name"),
    ] {
        assert!(note.contains(&expected), "{expected:?} not in {note:?}");
    }
    assert!(reviews
        .iter()
        .all(|r| r.get("url").is_none() && r.get("author").is_none()));
    assert!(reviews
        .iter()
        .all(|r| r.pointer("/itemReviewed/appearance/url").is_some()));
}

/// Expand the reviews with a JSON-LD processor: each is a schema.org
/// ClaimReview node whose properties are schema.org's. The test cannot
/// download schema.org's context, so a stand-in gives what it declares for
/// these terms: the vocabulary, and `url` as an address.
fn expand_as_json_ld(bytes: &[u8], reviews: usize) {
    let schema = "http://schema.org/";
    let context = format!(r#"{{"@context": {{"@vocab": "{schema}", "url": {{"@type": "@id"}}}}}}"#);
    let mut loader: HashMap<IriBuf, RemoteDocument> = HashMap::new();
    for address in ["https://schema.org", "https://schema.org/"] {
        let iri = IriBuf::new(address.to_string()).unwrap();
        let (value, _) = json_ld::syntax::Value::parse_str(&context).unwrap();
        loader.insert(iri.clone(), RemoteDocument::new(Some(iri), None, value));
    }
    let text = std::str::from_utf8(bytes).unwrap();
    let (value, _) = json_ld::syntax::Value::parse_str(text).expect("the export parses as JSON");
    let expanded = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap()
        .block_on(RemoteDocument::new(None, None, value).expand(&loader))
        .expect("the export expands as JSON-LD");
    let nodes: Vec<Value> = expanded
        .into_iter()
        .map(|o| serde_json::from_str(&o.into_json_with(&()).to_string()).unwrap())
        .collect();
    assert_eq!(nodes.len(), reviews, "one node per review");
    for node in &nodes {
        assert_eq!(node["@type"][0], format!("{schema}ClaimReview"));
        for property in [
            "claimReviewed",
            "reviewRating",
            "itemReviewed",
            "author",
            "datePublished",
        ] {
            assert!(
                node.get(format!("{schema}{property}")).is_some(),
                "{property} in {node:#}"
            );
        }
        let url = &node[format!("{schema}url")][0]["@id"];
        assert!(
            url.as_str().is_some_and(|u| u.starts_with("https://")),
            "url is an address: {node:#}"
        );
        let item = &node[format!("{schema}itemReviewed")][0];
        assert_eq!(item["@type"][0], format!("{schema}Claim"));
        assert!(item.get(format!("{schema}appearance")).is_some());
    }
}
