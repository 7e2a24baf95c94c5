//! Export speed: `cargo run -p claimdesk-report --release --example report_bench [CLAIMS]`.
//!
//! Builds a report of CLAIMS claims (default 10,000) across 100 documents,
//! with verdicts, notes and evidence, and times each format end to end:
//! render plus the atomic write (temp file, fsync, rename).

use std::time::Instant;

use claims::{Bound, NumberKind, NumberMention, SourceMention};
use model::{ClaimRow, Document, Evidence, ReportClaim, ReportData, ReportDocument, Status};

fn data(claims: usize) -> ReportData {
    let per_doc = claims.div_ceil(100);
    let sentence = "Officials said some 11,000 troops were deployed near the border on Tuesday, Yonhap reported. ";
    let documents = (0..100)
        .map(|d| {
            let text = sentence.repeat(per_doc);
            let claims = (0..per_doc)
                .map(|k| {
                    let start = k * sentence.len();
                    let end = start + sentence.len() - 1;
                    let status = [
                        None,
                        Some(Status::Corroborated),
                        Some(Status::Disputed),
                        Some(Status::Unverified),
                    ][k % 4];
                    ReportClaim {
                        claim: ClaimRow {
                            id: (d * per_doc + k) as i64,
                            document_id: d as i64,
                            start,
                            end,
                            text: text[start..end].to_string(),
                            numeric: true,
                            attributed: true,
                            status,
                            note: status.map(|_| {
                                "Checked against the ministry's statement of 5 November."
                                    .to_string()
                            }),
                            updated_at: status.map(|_| "2026-11-20T09:30:00.000Z".to_string()),
                            conflict: false,
                            numbers: vec![NumberMention {
                                start: start + 15,
                                end: start + 26,
                                text: "some 11,000".into(),
                                value: 11000.0,
                                high: None,
                                kind: NumberKind::Count,
                                bound: Bound::Approx,
                                noun: Some("troops".into()),
                            }],
                            sources: vec![SourceMention {
                                start,
                                end: start + 9,
                                text: "Officials".into(),
                                cue: "said".into(),
                                pronoun: false,
                                refers_to: None,
                                via: Some(1),
                            }],
                        },
                        evidence: if k % 3 == 0 {
                            vec![Evidence {
                                id: k as i64,
                                claim_id: k as i64,
                                url: "https://example.org/statement".into(),
                                title: "Statement".into(),
                                quote: "About 10,000 troops".into(),
                                added_at: "2026-11-20T09:31:00.000Z".into(),
                            }]
                        } else {
                            vec![]
                        },
                    }
                })
                .collect();
            ReportDocument {
                document: Document {
                    id: d as i64,
                    title: format!("Article {d}"),
                    origin: Some(format!("https://news.example.org/{d}")),
                    publisher: Some("Example News".into()),
                    published_at: Some("2026-11-19".into()),
                    imported_at: "2026-11-20T09:00:00.000Z".into(),
                    sha256: "0".repeat(64),
                    text,
                    author: None,
                },
                claims,
            }
        })
        .collect();
    ReportData {
        documents,
        conflicts: Vec::new(),
        ..ReportData::default()
    }
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let data = data(n);
    let total: usize = data.documents.iter().map(|d| d.claims.len()).sum();
    let dir = std::env::temp_dir().join(format!("claimdesk-report-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    println!("{total} claims in {} documents", data.documents.len());
    for format in report::Format::ALL {
        let path = dir.join(format!("report.{}", format.extension()));
        let start = Instant::now();
        let rendered = report::render(format, &data).unwrap();
        let rendered_at = start.elapsed();
        report::write_atomically(&path, &rendered.bytes).unwrap();
        let total_time = start.elapsed();
        println!(
            "{:<12} {:>7.1} ms (render {:>6.1} ms, atomic write {:>6.1} ms), {:>6.1} MB",
            format.name(),
            total_time.as_secs_f64() * 1e3,
            rendered_at.as_secs_f64() * 1e3,
            (total_time - rendered_at).as_secs_f64() * 1e3,
            rendered.bytes.len() as f64 / 1e6
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
