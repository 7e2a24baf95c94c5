use serde::Serialize;
use ts_rs::TS;

/// The one error type that crosses into the UI: a stable code for logic and
/// a message for the analyst.
#[derive(Debug, Clone, Serialize, TS, thiserror::Error)]
#[error("{message}")]
#[ts(export)]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError { code: code.to_string(), message: message.into() }
    }
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl From<crate::ingest::IngestError> for AppError {
    fn from(e: crate::ingest::IngestError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl From<report::ReportError> for AppError {
    fn from(e: report::ReportError) -> Self {
        AppError::new("report", e.to_string())
    }
}
