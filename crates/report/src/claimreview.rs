//! schema.org ClaimReview (JSON-LD), one object per reviewed claim.
//!
//! Rating scale (1 = worst, 5 = best):
//! corroborated = 5 "Corroborated", unverified = 3 "Unverified",
//! disputed = 1 "Disputed". Claims without a verdict are left out.

use model::{ReportData, Status};
use serde_json::{json, Value};

pub fn rating(status: Status) -> (u8, &'static str) {
    match status {
        Status::Corroborated => (5, "Corroborated"),
        Status::Unverified => (3, "Unverified"),
        Status::Disputed => (1, "Disputed"),
    }
}

/// The reviews, and how many claims were left out for lack of a verdict.
pub fn render(data: &ReportData) -> Result<(Vec<u8>, usize), serde_json::Error> {
    let mut reviews = Vec::new();
    let mut skipped = 0;
    for doc in &data.documents {
        let d = &doc.document;
        let web_origin = d
            .origin
            .as_deref()
            .filter(|o| o.starts_with("http://") || o.starts_with("https://"));
        for rc in &doc.claims {
            let c = &rc.claim;
            let Some(status) = c.status else {
                skipped += 1;
                continue;
            };
            let (value, name) = rating(status);
            let mut item = json!({ "@type": "Claim" });
            if let Some(source) = c.named_source() {
                item["author"] = json!({ "@type": "Thing", "name": source });
            }
            if let Some(date) = d.published_at.as_deref().filter(|s| !s.is_empty()) {
                item["datePublished"] = json!(date);
            }
            let mut appearance = json!({ "@type": "CreativeWork", "headline": d.title });
            if let Some(url) = web_origin {
                appearance["url"] = json!(url);
            }
            if let Some(publisher) = d.publisher.as_deref().filter(|s| !s.is_empty()) {
                appearance["publisher"] = json!({ "@type": "Organization", "name": publisher });
            }
            item["appearance"] = appearance;
            let url = match web_origin {
                Some(u) => format!(
                    "{}#claimdesk-claim-{}",
                    u.split('#').next().unwrap_or(u),
                    c.id
                ),
                None => format!("urn:claimdesk:claim:{}", c.id),
            };
            let date = c
                .updated_at
                .as_deref()
                .map(|t| t.get(..10).unwrap_or(t))
                .unwrap_or("");
            let mut review = json!({
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "url": url,
                "claimReviewed": c.text,
                "datePublished": date,
                "author": { "@type": "Organization", "name": "Claimdesk" },
                "reviewRating": {
                    "@type": "Rating",
                    "ratingValue": value,
                    "bestRating": 5,
                    "worstRating": 1,
                    "alternateName": name
                },
                "itemReviewed": item
            });
            if let Some(note) = c.note.as_deref().filter(|n| !n.trim().is_empty()) {
                review["reviewBody"] = json!(note);
            }
            reviews.push(review);
        }
    }
    let mut bytes = serde_json::to_vec_pretty(&Value::Array(reviews))?;
    bytes.push(b'\n');
    Ok((bytes, skipped))
}
