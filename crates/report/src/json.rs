//! The full structured report. Field names are stable (README documents them).

use model::{ReportData, StatusCounts};
use serde::Serialize;

use crate::{counts, doc_counts};

/// Bumped only when a field changes meaning or disappears.
pub const JSON_REPORT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    claimdesk_report: u32,
    summary: StatusCounts,
    documents: Vec<Doc<'a>>,
    /// Groups of figures for one quantity that cannot all be true.
    conflicting_figures: &'a [model::ConflictGroup],
}

#[derive(Serialize)]
struct Doc<'a> {
    #[serde(flatten)]
    document: DocMeta<'a>,
    summary: StatusCounts,
    claims: &'a [model::ReportClaim],
}

#[derive(Serialize)]
struct DocMeta<'a> {
    id: i64,
    title: &'a str,
    origin: Option<&'a str>,
    publisher: Option<&'a str>,
    published_at: Option<&'a str>,
    author: Option<&'a str>,
    imported_at: &'a str,
    sha256: &'a str,
}

pub fn render(data: &ReportData) -> Result<Vec<u8>, serde_json::Error> {
    let report = Report {
        claimdesk_report: JSON_REPORT_VERSION,
        summary: counts(data),
        documents: data
            .documents
            .iter()
            .map(|d| Doc {
                document: DocMeta {
                    id: d.document.id,
                    title: &d.document.title,
                    origin: d.document.origin.as_deref(),
                    publisher: d.document.publisher.as_deref(),
                    published_at: d.document.published_at.as_deref(),
                    author: d.document.author.as_deref(),
                    imported_at: &d.document.imported_at,
                    sha256: &d.document.sha256,
                },
                summary: doc_counts(d),
                claims: &d.claims,
            })
            .collect(),
        conflicting_figures: &data.conflicts,
    };
    let mut bytes = serde_json::to_vec_pretty(&report)?;
    bytes.push(b'\n');
    Ok(bytes)
}
