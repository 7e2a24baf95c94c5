use serde::Serialize;
#[cfg(feature = "ts")]
use ts_rs::TS;

/// The one error both front ends show: a stable code for logic and scripts,
/// and a message the analyst can act on. The window receives it as is; the
/// CLI prints its message as one `error: ...` line.
#[derive(Debug, Clone, Serialize, thiserror::Error)]
#[cfg_attr(feature = "ts", derive(TS))]
#[error("{message}")]
#[cfg_attr(feature = "ts", ts(export))]
pub struct AppError {
    pub code: String,
    pub message: String,
}

impl AppError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        AppError {
            code: code.to_string(),
            message: message.into(),
        }
    }
}

impl From<store::StoreError> for AppError {
    fn from(e: store::StoreError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl From<crate::IngestError> for AppError {
    fn from(e: crate::IngestError) -> Self {
        AppError::new(e.code(), e.to_string())
    }
}

impl From<report::ReportError> for AppError {
    fn from(e: report::ReportError) -> Self {
        AppError::new("report", e.to_string())
    }
}

impl From<serde_json::Error> for AppError {
    fn from(e: serde_json::Error) -> Self {
        AppError::new("json", e.to_string())
    }
}
