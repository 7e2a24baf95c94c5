//! Verdict reports: pure functions from the store's [`ReportData`] to bytes.
//!
//! Every format escapes what the analyst did not write by hand and what they
//! did (document text, titles, notes, evidence), because reports are opened
//! in browsers, spreadsheets and CMSs. Output is deterministic: the same data
//! gives the same bytes (no "generated at" time stamps).

mod claimreview;
mod csv;
mod html;
mod json;
mod markdown;

use std::io::Write;
use std::path::Path;

use model::{ReportData, Status, StatusCounts};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
    Csv,
    Json,
    ClaimReview,
}

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Markdown,
        Format::Html,
        Format::Csv,
        Format::Json,
        Format::ClaimReview,
    ];

    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Format::Markdown,
            "html" | "htm" => Format::Html,
            "csv" => Format::Csv,
            "json" => Format::Json,
            "claimreview" | "claim-review" | "jsonld" => Format::ClaimReview,
            _ => return None,
        })
    }

    /// The usual file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::ClaimReview => "jsonld",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Csv => "csv",
            Format::Json => "json",
            Format::ClaimReview => "claimreview",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("could not encode the report: {0}")]
    Encode(#[from] serde_json::Error),
}

/// A rendered report, and what the analyst should be told about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// E.g. how many claims ClaimReview left out for lack of a verdict.
    pub note: Option<String>,
}

pub fn render(format: Format, data: &ReportData) -> Result<Rendered, ReportError> {
    Ok(match format {
        Format::Markdown => Rendered {
            bytes: markdown::render(data).into_bytes(),
            note: None,
        },
        Format::Html => Rendered {
            bytes: html::render(data).into_bytes(),
            note: None,
        },
        Format::Csv => Rendered {
            bytes: csv::render(data).into_bytes(),
            note: None,
        },
        Format::Json => Rendered {
            bytes: json::render(data)?,
            note: None,
        },
        Format::ClaimReview => {
            let (bytes, skipped) = claimreview::render(data)?;
            let note = (skipped > 0).then(|| {
                format!(
                    "{skipped} claim(s) without a verdict were left out of the ClaimReview export"
                )
            });
            Rendered { bytes, note }
        }
    })
}

/// Write `bytes` to a temp file beside `path`, flush it to disk and rename
/// it over `path`: a crash leaves the old file or the new one, never half.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)?;
        if let Ok(d) = std::fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Counts over the claims in a report.
pub fn counts(data: &ReportData) -> StatusCounts {
    let mut c = StatusCounts::default();
    for d in &data.documents {
        for rc in &d.claims {
            add(&mut c, rc.claim.status);
        }
    }
    c
}

fn doc_counts(doc: &model::ReportDocument) -> StatusCounts {
    let mut c = StatusCounts::default();
    for rc in &doc.claims {
        add(&mut c, rc.claim.status);
    }
    c
}

fn add(c: &mut StatusCounts, s: Option<Status>) {
    c.claims += 1;
    match s {
        None => c.not_reviewed += 1,
        Some(Status::Corroborated) => c.corroborated += 1,
        Some(Status::Disputed) => c.disputed += 1,
        Some(Status::Unverified) => c.unverified += 1,
    }
}

/// Human label of a review state.
pub fn label(s: Option<Status>) -> &'static str {
    match s {
        None => "Not reviewed",
        Some(Status::Corroborated) => "Corroborated",
        Some(Status::Disputed) => "Disputed",
        Some(Status::Unverified) => "Unverified",
    }
}

/// The rows of every summary: label, count.
/// A document's publisher, date and origin, those it has, each escaped for
/// the format: the line under its title in Markdown and HTML.
fn document_meta(d: &model::Document, escape: fn(&str) -> String) -> Vec<String> {
    [
        d.publisher.as_deref(),
        d.published_at.as_deref(),
        d.origin.as_deref(),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.trim().is_empty())
    .map(escape)
    .collect()
}

fn summary_rows(c: &StatusCounts) -> [(&'static str, u32); 4] {
    [
        (label(Some(Status::Corroborated)), c.corroborated),
        (label(Some(Status::Disputed)), c.disputed),
        (label(Some(Status::Unverified)), c.unverified),
        (label(None), c.not_reviewed),
    ]
}
