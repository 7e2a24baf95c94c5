//! Reports: rendered from the database, written atomically.

use std::path::{Path, PathBuf};

use model::StatusFilter;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{AppError, Desk};

/// A report to write, as the window asks for it.
#[derive(Debug, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ExportRequest {
    /// md, html, csv, json or claimreview.
    pub format: String,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub document_id: Option<i64>,
    pub status: Option<StatusFilter>,
    /// Where to write; the file is replaced atomically.
    pub path: String,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ExportOutcome {
    pub path: String,
    pub bytes: u32,
    /// What the report left out and why (e.g. claims without a verdict).
    pub note: Option<String>,
}

impl Desk {
    /// The report's bytes and its note, for one document or all.
    pub fn render_report(
        &self,
        format: report::Format,
        document_id: Option<i64>,
        status: Option<StatusFilter>,
    ) -> Result<report::Rendered, AppError> {
        let mut data = self.store.report_data(document_id, status)?;
        data.conflicts = self.conflict_groups(&data)?;
        Ok(report::render(format, &data)?)
    }

    /// Render and write a report to `path` (a temp file renamed over it, so
    /// a crash never leaves half a report).
    pub fn export_to(
        &self,
        format: report::Format,
        document_id: Option<i64>,
        status: Option<StatusFilter>,
        path: &Path,
    ) -> Result<ExportOutcome, AppError> {
        let rendered = self.render_report(format, document_id, status)?;
        report::write_atomically(path, &rendered.bytes)
            .map_err(|e| AppError::new("io", format!("cannot write {}: {e}", path.display())))?;
        Ok(ExportOutcome {
            path: path.display().to_string(),
            bytes: rendered.bytes.len() as u32,
            note: rendered.note,
        })
    }

    /// [`Desk::export_to`] for the window's request.
    pub fn export(&self, request: &ExportRequest) -> Result<ExportOutcome, AppError> {
        let format = parse_format(&request.format)?;
        self.export_to(
            format,
            request.document_id,
            request.status,
            &PathBuf::from(&request.path),
        )
    }
}

/// A report format by name, or an error listing the names.
pub fn parse_format(name: &str) -> Result<report::Format, AppError> {
    report::Format::parse(name).ok_or_else(|| {
        AppError::new(
            "invalid",
            format!("unknown report format {name:?}: use md, html, csv, json or claimreview"),
        )
    })
}
