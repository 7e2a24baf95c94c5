//! Reading schema.org ClaimReview: JSON-LD as fact-checkers publish it
//! (one object, an array, an `@graph`, reviews nested in a page), our own
//! export, and the `<script type="application/ld+json">` blocks of a saved
//! fact-check page.

use model::LibraryItem;
use serde_json::Value;

/// The ClaimReviews in a JSON-LD document, and how many ClaimReview
/// objects were skipped for lack of a claim or an address.
pub fn from_json(value: &Value) -> (Vec<LibraryItem>, usize) {
    let mut items = Vec::new();
    let mut skipped = 0;
    walk(value, &mut |review| match item(review) {
        Some(i) => items.push(i),
        None => skipped += 1,
    });
    (items, skipped)
}

/// The JSON of every `application/ld+json` script in an HTML page.
pub fn json_ld_blocks(html: &str) -> Vec<&str> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = lower[from..].find("application/ld+json") {
        let tag_end = match lower[from + at..].find('>') {
            Some(i) => from + at + i + 1,
            None => break,
        };
        let Some(close) = lower[tag_end..].find("</script") else {
            break;
        };
        out.push(html[tag_end..tag_end + close].trim());
        from = tag_end + close;
    }
    out
}

/// Calls `f` on every object typed ClaimReview, however deep.
fn walk(value: &Value, f: &mut impl FnMut(&serde_json::Map<String, Value>)) {
    match value {
        Value::Array(values) => values.iter().for_each(|v| walk(v, f)),
        Value::Object(map) => {
            if is_type(map.get("@type"), "ClaimReview") {
                f(map);
                return;
            }
            map.values().for_each(|v| walk(v, f));
        }
        _ => {}
    }
}

fn is_type(t: Option<&Value>, name: &str) -> bool {
    match t {
        Some(Value::String(s)) => s == name || s.ends_with(&format!("/{name}")),
        Some(Value::Array(ts)) => ts.iter().any(|t| is_type(Some(t), name)),
        _ => false,
    }
}

fn item(review: &serde_json::Map<String, Value>) -> Option<LibraryItem> {
    let url = text(review.get("url")).or_else(|| text(review.get("@id")))?;
    let claim = text(review.get("claimReviewed"))
        .or_else(|| text(review.get("itemReviewed").and_then(|i| i.get("name"))))?;
    let rating = review
        .get("reviewRating")
        .and_then(|r| text(r.get("alternateName")).or_else(|| text(r.get("name"))));
    Some(LibraryItem {
        url,
        claim,
        rating,
        title: text(review.get("name")).or_else(|| text(review.get("headline"))),
        publisher: review.get("author").and_then(name_of),
        date: text(review.get("datePublished")),
    })
}

/// An organisation's or person's name: a string, `{name}`, or the first of a list.
fn name_of(v: &Value) -> Option<String> {
    match v {
        Value::Array(vs) => vs.iter().find_map(name_of),
        Value::Object(_) => text(v.get("name")),
        other => text(Some(other)),
    }
}

/// A non-empty string value, trimmed (numbers are written as text).
fn text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.trim().to_string(),
        Value::Number(n) => n.to_string(),
        _ => return None,
    };
    (!s.is_empty()).then_some(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn claimreview_reads_the_shapes_publishers_use() {
        let review = json!({"@type": "ClaimReview", "url": "https://checks.example/1",
            "claimReviewed": "Some 11,000 soldiers are in Kursk.",
            "reviewRating": {"@type": "Rating", "ratingValue": 1, "alternateName": "False"},
            "author": {"@type": "Organization", "name": "Checks"}, "datePublished": "2024-11-05",
            "name": "Are 11,000 soldiers in Kursk?"});
        // (what, document, items found, skipped)
        let table = [
            ("one object", review.clone(), 1, 0),
            ("an array", json!([review.clone(), review.clone()]), 2, 0),
            (
                "an @graph",
                json!({"@context": "https://schema.org", "@graph": [review.clone()]}),
                1,
                0,
            ),
            (
                "nested in a page",
                json!({"@type": "WebPage", "mainEntity": review.clone()}),
                1,
                0,
            ),
            (
                "a type list",
                json!({"@type": ["ClaimReview"], "@id": "urn:x:1", "claimReviewed": "x"}),
                1,
                0,
            ),
            (
                "no claim",
                json!({"@type": "ClaimReview", "url": "https://checks.example/2"}),
                0,
                1,
            ),
            (
                "no review at all",
                json!({"@type": "NewsArticle", "name": "x"}),
                0,
                0,
            ),
        ];
        for (what, doc, found, skipped) in table {
            let (items, s) = from_json(&doc);
            assert_eq!((items.len(), s), (found, skipped), "{what}");
        }
        let (items, _) = from_json(&review);
        let want = LibraryItem {
            url: "https://checks.example/1".into(),
            claim: "Some 11,000 soldiers are in Kursk.".into(),
            rating: Some("False".into()),
            title: Some("Are 11,000 soldiers in Kursk?".into()),
            publisher: Some("Checks".into()),
            date: Some("2024-11-05".into()),
        };
        assert_eq!(items, vec![want]);
    }

    #[test]
    fn json_ld_is_found_in_the_scripts_of_a_page() {
        let page = r#"<html><head><script>var x;</script>
            <script type="application/ld+json">{"@type":"ClaimReview"}</script>
            <SCRIPT TYPE='application/ld+json'> [1] </SCRIPT></head></html>"#;
        assert_eq!(
            json_ld_blocks(page),
            vec![r#"{"@type":"ClaimReview"}"#, "[1]"]
        );
    }
}
