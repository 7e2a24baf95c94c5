//! schema.org ClaimReview (JSON-LD), one object per reviewed claim, with
//! what search engines' fact-check markup requires (`url`, `claimReviewed`,
//! `reviewRating` with `alternateName`) and recommends (`author`,
//! `datePublished`, `itemReviewed` as a `Claim` with its author, date and
//! appearance). The newsroom's settings give the review's author and
//! address; what neither the settings nor the documents can give is left
//! out, and the report's note says which and how to fill it.
//!
//! Rating scale (1 = worst, 5 = best):
//! corroborated = 5 "Corroborated", unverified = 3 "Unverified",
//! disputed = 1 "Disputed". Claims without a verdict are left out.

mod author;

use std::collections::BTreeMap;

use model::{ClaimRow, Document, ReportData, Settings, Status};
use serde_json::{json, Map, Value};

pub fn rating(status: Status) -> (u8, &'static str) {
    match status {
        Status::Corroborated => (5, "Corroborated"),
        Status::Unverified => (3, "Unverified"),
        Status::Disputed => (1, "Disputed"),
    }
}

/// The reviews, and the analyst's note: claims left out, fields not filled.
pub fn render(data: &ReportData) -> Result<(Vec<u8>, Option<String>), serde_json::Error> {
    let mut reviews = Vec::new();
    let mut missing = Missing::default();
    let mut skipped = 0;
    for doc in &data.documents {
        for rc in &doc.claims {
            match rc.claim.status {
                Some(status) => reviews.push(review(
                    &rc.claim,
                    status,
                    &doc.document,
                    &data.settings,
                    &mut missing,
                )),
                None => skipped += 1,
            }
        }
    }
    let mut bytes = serde_json::to_vec_pretty(&Value::Array(reviews))?;
    bytes.push(b'\n');
    Ok((bytes, missing.note(skipped)))
}

fn review(
    c: &ClaimRow,
    status: Status,
    d: &Document,
    settings: &Settings,
    missing: &mut Missing,
) -> Value {
    let (value, name) = rating(status);
    let mut review = json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
    });
    let fields = review.as_object_mut().expect("an object literal");
    put(fields, "url", settings.review_url(c.id), missing, URL_HELP);
    fields.insert("claimReviewed".into(), json!(c.text));
    let date = c.updated_at.as_deref().map(|t| t.get(..10).unwrap_or(t));
    put(fields, "datePublished", date, missing, "");
    put(
        fields,
        "author",
        organization(settings),
        missing,
        AUTHOR_HELP,
    );
    if let Some(language) = &settings.language {
        fields.insert("inLanguage".into(), json!(language));
    }
    fields.insert(
        "reviewRating".into(),
        json!({
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": name
        }),
    );
    fields.insert("itemReviewed".into(), claim_item(c, d, missing));
    if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
        fields.insert("reviewBody".into(), json!(note));
    }
    review
}

/// `itemReviewed`: the claim, who made it, and the article it appeared in.
fn claim_item(c: &ClaimRow, d: &Document, missing: &mut Missing) -> Value {
    let mut item = Map::new();
    item.insert("@type".into(), json!("Claim"));
    let author = c
        .named_source()
        .map(|s| json!({ "@type": author::schema_type(s), "name": s }));
    put(
        &mut item,
        "itemReviewed.author",
        author,
        missing,
        "the claim names no source",
    );
    let date = non_empty(&d.published_at);
    put(
        &mut item,
        "itemReviewed.datePublished",
        date,
        missing,
        DATE_HELP,
    );
    let mut appearance = Map::new();
    appearance.insert("@type".into(), json!("CreativeWork"));
    appearance.insert("headline".into(), json!(d.title));
    let url = d.origin.as_deref().filter(|o| model::is_web_link(o));
    put(
        &mut appearance,
        "itemReviewed.appearance.url",
        url,
        missing,
        ADDRESS_HELP,
    );
    let publisher = non_empty(&d.publisher).map(|p| json!({ "@type": "Organization", "name": p }));
    put(
        &mut appearance,
        "itemReviewed.appearance.publisher",
        publisher,
        missing,
        PUBLISHER_HELP,
    );
    if let Some(date) = date {
        appearance.insert("datePublished".into(), json!(date));
    }
    if let Some(author) = non_empty(&d.author) {
        appearance.insert(
            "author".into(),
            json!({ "@type": "Person", "name": author }),
        );
    }
    item.insert("appearance".into(), Value::Object(appearance));
    Value::Object(item)
}

/// The review's author: the newsroom, as its settings name it.
fn organization(settings: &Settings) -> Option<Value> {
    let name = settings.organization_name.as_deref()?;
    let mut org = json!({ "@type": "Organization", "name": name });
    if let Some(url) = &settings.organization_url {
        org["url"] = json!(url);
    }
    if let Some(logo) = &settings.organization_logo {
        org["logo"] = json!({ "@type": "ImageObject", "url": logo });
    }
    Some(org)
}

const URL_HELP: &str = "set review.url_template, the address of a published review";
const AUTHOR_HELP: &str = "set organization.name (and organization.url)";
const DATE_HELP: &str = "the document has no publication date";
const ADDRESS_HELP: &str = "the document has no web address";
const PUBLISHER_HELP: &str = "the document has no publisher";

/// Insert `key`'s last segment when there is a value; else count it as
/// missing, with why.
fn put(
    object: &mut Map<String, Value>,
    key: &'static str,
    value: Option<impl Into<Value>>,
    missing: &mut Missing,
    why: &'static str,
) {
    match value {
        Some(v) => {
            let name = key.rsplit('.').next().unwrap_or(key);
            object.insert(name.into(), v.into());
        }
        None => missing.add(key, why),
    }
}

fn non_empty(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.trim().is_empty())
}

/// Fields left out, with how many reviews lack each and why.
#[derive(Default)]
struct Missing(BTreeMap<&'static str, (usize, &'static str)>);

impl Missing {
    fn add(&mut self, key: &'static str, why: &'static str) {
        self.0.entry(key).or_insert((0, why)).0 += 1;
    }

    fn note(&self, skipped: usize) -> Option<String> {
        let mut parts = Vec::new();
        if skipped > 0 {
            parts.push(format!(
                "{skipped} claim(s) without a verdict were left out of the ClaimReview export"
            ));
        }
        let fields: Vec<String> = self
            .0
            .iter()
            .map(|(key, (n, why))| match *why {
                "" => format!("{key} ({n})"),
                why => format!("{key} ({n}: {why})"),
            })
            .collect();
        if !fields.is_empty() {
            parts.push(format!("not filled: {}", fields.join("; ")));
        }
        (!parts.is_empty()).then(|| parts.join(". "))
    }
}
