//! Store speed at scale: `cargo run -p claimdesk-store --release --example store_bench [CLAIMS] [--per-doc N] [--keep PATH]`.
//!
//! Generates a database of CLAIMS claims (default 100,000) in articles of N
//! claims (default 40, a long news article: 2,500 articles for 100,000
//! claims), with a third of them reviewed, then times what the window
//! does: open, list documents, count and page through claims under each
//! filter, full-text search, and gather a 10,000-claim report. With
//! `--keep PATH` the database is written there (to try the app on it:
//! `CLAIMDESK_DB=PATH cargo run`).

use std::time::Instant;

use claims::{Bound, NumberKind, NumberMention, SourceMention};
use store::{ClaimFilter, NewClaim, NewDocument, Status, StatusFilter, Store};

const SENTENCES: &[&str] = &[
    "Officials said some 11,000 troops were deployed near the border on Tuesday, Yonhap reported.",
    "The ministry estimated that 1.2 million people had fled since February 2022.",
    "Prices rose 4.5% in June, the central bank said.",
    "According to the harbour authority, the warehouse held roughly 12,000 tonnes of wheat.",
    "\"We will not stop until every family is safe,\" the governor told reporters.",
    "A 2019 inspection found the sprinklers had not been serviced since 2011.",
];

fn generate(store: &mut Store, claims: usize, per_doc: usize) {
    for d in 0..claims.div_ceil(per_doc) {
        let mut text = format!("Generated article {d}\n");
        let mut new_claims = Vec::with_capacity(per_doc);
        for k in 0..per_doc.min(claims - d * per_doc) {
            let s = SENTENCES[(d + k) % SENTENCES.len()];
            let start = text.len();
            text.push_str(s);
            text.push_str(&format!(" (item {k})\n"));
            let end = start + s.len();
            new_claims.push(NewClaim {
                start,
                end,
                numeric: true,
                attributed: k % 2 == 0,
                numbers: vec![NumberMention {
                    start,
                    end: start + 5,
                    text: text[start..start + 5].to_string(),
                    value: 1.0,
                    high: None,
                    kind: NumberKind::Count,
                    bound: Bound::Exact,
                    noun: None,
                }],
                sources: vec![SourceMention {
                    start,
                    end: start + 5,
                    text: text[start..start + 5].to_string(),
                    cue: "said".into(),
                    pronoun: false,
                    refers_to: None,
                    via: None,
                }],
            });
        }
        let doc = NewDocument {
            title: format!("Generated article {d}"),
            text,
            ..NewDocument::default()
        };
        let outcome = store.import(&doc, &new_claims).unwrap();
        let ids: Vec<i64> = store
            .claims(&ClaimFilter {
                document_id: Some(outcome.id),
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        for (k, id) in ids.iter().enumerate().filter(|(k, _)| k % 3 == 0) {
            let status = [Status::Corroborated, Status::Disputed, Status::Unverified][k % 9 / 3];
            store.set_verdict(*id, status, Some("checked")).unwrap();
        }
    }
}

fn time<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let start = Instant::now();
    let out = f();
    println!("{what:<52} {:>8.2} ms", start.elapsed().as_secs_f64() * 1e3);
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let keep = option("--keep").map(std::path::PathBuf::from);
    let per_doc: usize = option("--per-doc")
        .and_then(|a| a.parse().ok())
        .filter(|&p| p > 0)
        .unwrap_or(40);
    let dir = tempfile::tempdir().unwrap();
    let path = keep.unwrap_or_else(|| dir.path().join("bench.db"));
    let _ = std::fs::remove_file(&path);
    {
        let mut store = Store::open(&path).unwrap();
        time(&format!("generate {n} claims"), || {
            generate(&mut store, n, per_doc)
        });
    }
    let store = time("open the database", || Store::open(&path).unwrap());
    let docs = time("list documents with review counts", || {
        store.documents().unwrap()
    });
    println!("  ({} documents)", docs.len());
    let page = |f: ClaimFilter| ClaimFilter {
        limit: Some(200),
        offset: Some(0),
        ..f
    };
    let cases: Vec<(&str, ClaimFilter)> = vec![
        ("all claims: count + first page", ClaimFilter::default()),
        (
            "not reviewed: count + first page",
            ClaimFilter {
                status: Some(StatusFilter::NotReviewed),
                ..Default::default()
            },
        ),
        (
            "disputed: count + first page",
            ClaimFilter {
                status: Some(StatusFilter::Disputed),
                ..Default::default()
            },
        ),
        (
            "attributed only: count + first page",
            ClaimFilter {
                attributed: Some(true),
                ..Default::default()
            },
        ),
        (
            "one document: count + all its claims",
            ClaimFilter {
                document_id: Some(docs[docs.len() / 2].id),
                ..Default::default()
            },
        ),
        (
            "search \"troops\": count + first page",
            ClaimFilter {
                search: Some("troops".into()),
                ..Default::default()
            },
        ),
        (
            "search \"harbour wheat\" + disputed",
            ClaimFilter {
                search: Some("harbour wheat".into()),
                status: Some(StatusFilter::Disputed),
                ..Default::default()
            },
        ),
    ];
    for (what, filter) in cases {
        let f = if filter.document_id.is_some() {
            filter
        } else {
            page(filter)
        };
        let (total, rows) = time(what, || {
            let (rows, total) = store.claims_and_count(&f).unwrap();
            (total, rows.len())
        });
        println!("  ({total} match, {rows} fetched)");
    }
    let last_page = ClaimFilter {
        limit: Some(200),
        offset: Some(n as u32 - 200),
        ..Default::default()
    };
    time("all claims: last page (deep scroll)", || {
        store.claims(&last_page).unwrap().len()
    });
    let first_doc_ids: Vec<i64> = docs.iter().rev().take(20).map(|d| d.id).collect();
    time(
        &format!("report data for 20 documents ({} claims)", 20 * per_doc),
        || {
            first_doc_ids
                .iter()
                .map(|&id| {
                    store.report_data(Some(id), None).unwrap().documents[0]
                        .claims
                        .len()
                })
                .sum::<usize>()
        },
    );
}
