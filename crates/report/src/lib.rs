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

use model::{ConflictFigure, ReportData, Status, StatusCounts};

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
            let (bytes, note) = claimreview::render(data)?;
            Rendered { bytes, note }
        }
    })
}

/// A figure of a conflicting group as the analyst reads it: `about 11,000`
/// (`CLAIMS.md`'s bound in words, the value, a range's high end).
pub(crate) fn figure_value(f: &ConflictFigure) -> String {
    let hedge = match f.bound {
        claims::Bound::Exact => "",
        claims::Bound::Approx => "about ",
        claims::Bound::AtMost => "at most ",
        claims::Bound::AtLeast => "at least ",
    };
    match f.high {
        Some(high) => format!("{hedge}{}–{}", number(f.value), number(high)),
        None => format!("{hedge}{}", number(f.value)),
    }
}

/// A value without a needless `.0`, with thousands grouped.
fn number(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        return v.to_string();
    }
    let digits = (v.abs() as u64).to_string();
    // Groups of three from the right: `11000` -> `11`, `000`.
    let head = match digits.len() % 3 {
        0 => 3,
        n => n,
    };
    let mut out = String::from(if v < 0.0 { "-" } else { "" });
    out.push_str(&digits[..head]);
    let mut rest = &digits[head..];
    while !rest.is_empty() {
        out.push(',');
        out.push_str(&rest[..3]);
        rest = &rest[3..];
    }
    out
}

/// The 1-based conflicting group each claim is in (its first).
pub(crate) fn conflict_group_of(data: &ReportData) -> std::collections::HashMap<i64, usize> {
    let mut of = std::collections::HashMap::new();
    for (g, group) in data.conflicts.iter().enumerate() {
        for f in &group.figures {
            of.entry(f.claim_id).or_insert(g + 1);
        }
    }
    of
}

/// The positions in a group that the figure at `i` conflicts with,
/// 1-based, as a list (`2, 3`).
pub(crate) fn conflicts_of(conflicts: &[[usize; 2]], i: usize) -> String {
    let against: Vec<String> = conflicts
        .iter()
        .filter_map(|&[a, b]| match (a == i, b == i) {
            (true, _) => Some(b + 1),
            (_, true) => Some(a + 1),
            _ => None,
        })
        .map(|n| n.to_string())
        .collect();
    against.join(", ")
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
/// A document's author, publisher, date and origin, those it has, each
/// escaped for the format: the line under its title in Markdown and HTML.
fn document_meta(d: &model::Document, escape: fn(&str) -> String) -> Vec<String> {
    [
        d.author.as_deref(),
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
