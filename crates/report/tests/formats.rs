//! Every report format from one fixed, small data set: golden files (run
//! with UPDATE_GOLDEN=1 to rewrite them after an intended change, then read
//! the diff), read-back parsing, and hostile text.

use std::path::Path;

use claims::{Bound, NumberKind, NumberMention, SourceMention};
use model::{
    ClaimRow, ConflictFigure, ConflictGroup, Document, Evidence, ReportClaim, ReportData,
    ReportDocument, Status,
};
use report::{render, Format};
use serde_json::json;

const TEXT: &str =
    "Officials said 40 people were hurt. The mayor called it “a tragedy”. Nothing else was said.";

fn claim(
    id: i64,
    start: usize,
    end: usize,
    status: Option<Status>,
    note: Option<&str>,
) -> ClaimRow {
    ClaimRow {
        id,
        document_id: 1,
        start,
        end,
        text: TEXT[start..end].to_string(),
        numeric: id == 1,
        attributed: true,
        status,
        note: note.map(str::to_string),
        updated_at: status.map(|_| "2026-11-20T09:30:00.000Z".to_string()),
        conflict: true,
        numbers: if id == 1 {
            vec![NumberMention {
                start: 15,
                end: 17,
                text: "40".into(),
                value: 40.0,
                high: None,
                kind: NumberKind::Count,
                bound: Bound::Exact,
                noun: Some("people".into()),
            }]
        } else {
            vec![]
        },
        sources: vec![SourceMention {
            start,
            end: start + 9,
            text: TEXT[start..start + 9].to_string(),
            cue: "said".into(),
            pronoun: false,
            refers_to: None,
            via: None,
        }],
    }
}

fn document(title: &str, text: &str, claims: Vec<ReportClaim>) -> ReportDocument {
    ReportDocument {
        document: Document {
            id: 1,
            title: title.into(),
            origin: Some("https://news.example.org/harbour".into()),
            publisher: Some("Example News".into()),
            published_at: Some("2026-11-19".into()),
            imported_at: "2026-11-20T09:00:00.000Z".into(),
            sha256: "0".repeat(64),
            text: text.into(),
            author: Some("Dana Whitfield".into()),
        },
        claims,
    }
}

fn data() -> ReportData {
    let first = claim(
        1,
        0,
        35,
        Some(Status::Disputed),
        Some("Police say 12 were hurt."),
    );
    let second = claim(2, 36, TEXT.find("Nothing").unwrap() - 1, None, None);
    ReportData {
        documents: vec![document(
            "Harbour fire",
            TEXT,
            vec![
                ReportClaim {
                    claim: first,
                    evidence: vec![Evidence {
                        id: 1,
                        claim_id: 1,
                        url: "https://police.example.org/statement".into(),
                        title: "Police statement".into(),
                        quote: "Twelve people were treated.".into(),
                        added_at: "2026-11-20T09:31:00.000Z".into(),
                    }],
                },
                ReportClaim {
                    claim: second,
                    evidence: vec![],
                },
            ],
        )],
        conflicts: vec![ConflictGroup {
            figures: vec![
                conflict_figure(1, "12", 12.0, Bound::Exact, Some("Police")),
                conflict_figure(2, "at least <20>", 20.0, Bound::AtLeast, None),
            ],
            conflicts: vec![[0, 1]],
        }],
        settings: newsroom(),
    }
}

/// A figure of a conflicting group (its text as a report must escape it).
fn conflict_figure(
    claim_id: i64,
    text: &str,
    value: f64,
    bound: Bound,
    source: Option<&str>,
) -> ConflictFigure {
    ConflictFigure {
        claim_id,
        document_id: 1,
        document_title: "Harbour fire".into(),
        text: text.into(),
        value,
        high: None,
        bound,
        source: source.map(str::to_string),
        status: (claim_id == 1).then_some(Status::Disputed),
    }
}

fn rendered(format: Format, data: &ReportData) -> String {
    String::from_utf8(render(format, data).unwrap().bytes).unwrap()
}

#[test]
fn every_format_matches_its_golden_file() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut stale = Vec::new();
    for format in Format::ALL {
        let path = dir.join(format!("report.{}", format.extension()));
        let got = rendered(format, &data());
        if update {
            std::fs::write(&path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if got != want {
            stale.push(format!(
                "{} differs from {} (UPDATE_GOLDEN=1 rewrites it)",
                format.name(),
                path.display()
            ));
        }
    }
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

#[test]
fn csv_reads_back_as_one_row_per_claim() {
    let out = rendered(Format::Csv, &data());
    assert!(out.starts_with('\u{FEFF}'), "UTF-8 BOM for spreadsheets");
    assert!(out.contains("\r\n"), "RFC 4180 line ends");
    let mut reader = csv::Reader::from_reader(out.trim_start_matches('\u{FEFF}').as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "document_id",
            "document_title",
            "claim_id",
            "claim_text",
            "start",
            "end",
            "numeric",
            "attributed",
            "status",
            "note",
            "evidence_urls",
            "updated_at",
            "conflict_group"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(&rows[0][3], "Officials said 40 people were hurt.");
    assert_eq!(&rows[0][8], "disputed");
    assert_eq!(&rows[0][10], "https://police.example.org/statement");
    assert_eq!(
        (&rows[0][12], &rows[1][12]),
        ("1", "1"),
        "both in conflict group 1"
    );
    assert_eq!(&rows[1][8], "", "not reviewed is an empty status");
}

#[test]
fn json_reads_back_with_stable_fields() {
    let v: serde_json::Value = serde_json::from_str(&rendered(Format::Json, &data())).unwrap();
    assert_eq!(v["claimdesk_report"], 1);
    assert_eq!(v["summary"]["claims"], 2);
    assert_eq!(v["summary"]["disputed"], 1);
    let doc = &v["documents"][0];
    for key in [
        "id",
        "title",
        "origin",
        "publisher",
        "published_at",
        "imported_at",
        "sha256",
        "summary",
        "claims",
    ] {
        assert!(doc.get(key).is_some(), "document lacks {key}");
    }
    let c = &doc["claims"][0];
    assert_eq!(c["claim"]["status"], "disputed");
    assert_eq!(c["claim"]["numbers"][0]["noun"], "people");
    assert_eq!(
        c["evidence"][0]["url"],
        "https://police.example.org/statement"
    );
}

fn newsroom() -> model::Settings {
    model::Settings {
        organization_name: Some("Harbour Checks".into()),
        organization_url: Some("https://checks.example.org".into()),
        organization_logo: Some("https://checks.example.org/logo.png".into()),
        review_url_template: Some("https://checks.example.org/reviews/{id}".into()),
        language: Some("en".into()),
    }
}

#[test]
fn claimreview_has_the_fields_fact_check_markup_needs() {
    let out = render(Format::ClaimReview, &data()).unwrap();
    assert_eq!(
        out.note.as_deref(),
        Some("1 claim(s) without a verdict were left out of the ClaimReview export")
    );
    let v: serde_json::Value = serde_json::from_slice(&out.bytes).unwrap();
    let reviews = v.as_array().unwrap();
    assert_eq!(reviews.len(), 1, "only reviewed claims");
    let r = &reviews[0];
    let expected = [
        ("/@context", json!("https://schema.org")),
        ("/@type", json!("ClaimReview")),
        ("/url", json!("https://checks.example.org/reviews/1")),
        (
            "/claimReviewed",
            json!("Officials said 40 people were hurt."),
        ),
        ("/datePublished", json!("2026-11-20")),
        ("/inLanguage", json!("en")),
        ("/author/@type", json!("Organization")),
        ("/author/name", json!("Harbour Checks")),
        ("/author/url", json!("https://checks.example.org")),
        (
            "/author/logo/url",
            json!("https://checks.example.org/logo.png"),
        ),
        ("/reviewRating/alternateName", json!("Disputed")),
        ("/reviewRating/ratingValue", json!(1)),
        ("/reviewRating/bestRating", json!(5)),
        ("/reviewRating/worstRating", json!(1)),
        ("/itemReviewed/@type", json!("Claim")),
        ("/itemReviewed/author/@type", json!("Person")),
        ("/itemReviewed/author/name", json!("Officials")),
        ("/itemReviewed/datePublished", json!("2026-11-19")),
        (
            "/itemReviewed/appearance/url",
            json!("https://news.example.org/harbour"),
        ),
        ("/itemReviewed/appearance/headline", json!("Harbour fire")),
        (
            "/itemReviewed/appearance/publisher/name",
            json!("Example News"),
        ),
        (
            "/itemReviewed/appearance/datePublished",
            json!("2026-11-19"),
        ),
    ];
    for (pointer, value) in expected {
        assert_eq!(r.pointer(pointer), Some(&value), "{pointer} in {r:#}");
    }
}

#[test]
fn claimreview_without_settings_says_what_it_could_not_fill() {
    let mut d = data();
    d.settings = model::Settings::default();
    d.documents[0].document.origin = Some("/home/analyst/harbour.txt".into());
    let out = render(Format::ClaimReview, &d).unwrap();
    let note = out.note.unwrap();
    for expected in [
        "1 claim(s) without a verdict were left out",
        "url (1: set review.url_template",
        "author (1: set organization.name",
        "itemReviewed.appearance.url (1: the document has no web address)",
    ] {
        assert!(note.contains(expected), "{expected:?} not in {note:?}");
    }
    let v: serde_json::Value = serde_json::from_slice(&out.bytes).unwrap();
    let r = &v[0];
    for absent in ["/url", "/author", "/itemReviewed/appearance/url"] {
        assert_eq!(r.pointer(absent), None, "{absent} is left out, not made up");
    }
    assert_eq!(
        r["reviewRating"]["alternateName"], "Disputed",
        "the rest is there"
    );
}

#[test]
fn hostile_text_is_escaped_in_html_and_neutralised_in_csv() {
    let hostile =
        "<script>alert(1)</script> said \"=HYPERLINK(\"\"http://evil\"\")\", then\nnew line.";
    let mut d = data();
    let doc = &mut d.documents[0];
    doc.document.title = "<img src=x onerror=alert(1)>".into();
    doc.document.text = hostile.into();
    doc.claims.truncate(1);
    let c = &mut doc.claims[0].claim;
    c.start = 0;
    c.end = hostile.len();
    c.text = hostile.into();
    c.sources.clear();
    c.numbers.clear();
    c.note = Some("=cmd|' /C calc'!A0".into());
    doc.claims[0].evidence[0].url = "javascript:alert(1)".into();
    doc.claims[0].evidence[0].title = "-2+3".into();

    let html = rendered(Format::Html, &d);
    for forbidden in ["<script", "<img", "href=\"javascript:"] {
        assert!(
            !html.contains(forbidden),
            "HTML report contains {forbidden:?}"
        );
    }
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "the title is shown as text"
    );
    assert!(
        html.contains("default-src 'none'"),
        "the report carries a CSP"
    );

    let csv = rendered(Format::Csv, &d);
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{FEFF}').as_bytes());
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(
        &row[3], hostile,
        "quotes and newlines survive inside one cell"
    );
    assert_eq!(&row[9], "'=cmd|' /C calc'!A0", "a formula is neutralised");
    for cell in row.iter() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
            "cell {cell:?} would run as a formula"
        );
    }

    let md = rendered(Format::Markdown, &d);
    assert!(
        !md.contains("<script>") && !md.contains("<img"),
        "Markdown passes no HTML through"
    );
}
