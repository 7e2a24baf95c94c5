//! The engine on a file, with no database: what `claimdesk extract` prints
//! and what the scorers read.

use std::path::Path;

use serde::Serialize;

use crate::ingest::{self, MAX_DOCUMENT_BYTES};
use crate::AppError;

/// Files up to this size are extracted (a corpus file may be far larger
/// than an article the window would open).
pub const MAX_EXTRACT_BYTES: u64 = MAX_DOCUMENT_BYTES * 10;

/// One file's extraction in the CLAIMS.md shape, with the file's name.
#[derive(Debug, Serialize)]
pub struct FileExtraction<'a> {
    pub file: &'a str,
    #[serde(flatten)]
    pub extraction: claims::Extraction,
}

/// A file's text exactly as it is, and what the engine finds in it.
pub fn extract_file(path: &Path) -> Result<(String, claims::Extraction), AppError> {
    let text = read_for_extract(path)?;
    let extraction = claims::extract(&text);
    Ok((text, extraction))
}

/// `extract` works on the bytes as they are (offsets must match the file), so
/// it does not strip a BOM or reduce HTML; it refuses what is not text.
pub(crate) fn read_for_extract(path: &Path) -> Result<String, AppError> {
    let bytes = ingest::read_file(path, MAX_EXTRACT_BYTES)?;
    if bytes.is_empty() {
        return Ok(String::new());
    }
    String::from_utf8(bytes)
        .or_else(|e| Ok(ingest::decode(&path.display().to_string(), e.into_bytes())?))
}
