//! The engine on a file, with no database: what `claimdesk extract` prints
//! and what the scorers read.

use std::path::Path;

use serde::Serialize;

use crate::ingest::encoding::{self, Decoded};
use crate::ingest::{self, MAX_DOCUMENT_BYTES};
use crate::AppError;

/// Files up to this size are extracted (a corpus file may be far larger
/// than an article the window would open).
pub const MAX_EXTRACT_BYTES: u64 = MAX_DOCUMENT_BYTES * 10;

/// One file's extraction in the CLAIMS.md shape, with the file's name and,
/// when it was not UTF-8, the encoding it was decoded from (offsets are
/// then into the decoded text).
#[derive(Debug, Serialize)]
pub struct FileExtraction<'a> {
    pub file: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decoded_from: Option<&'static str>,
    #[serde(flatten)]
    pub extraction: claims::Extraction,
}

/// A file's text, and what the engine finds in it.
pub fn extract_file(path: &Path) -> Result<(Decoded, claims::Extraction), AppError> {
    let decoded = read_for_extract(path)?;
    let extraction = extract_text(&decoded.text);
    Ok((decoded, extraction))
}

/// The engine on one document, on every core when it is long enough to
/// gain (the result is the same as on one).
pub fn extract_text(text: &str) -> claims::Extraction {
    // Asked once: on Linux the answer reads cgroup files, and an import
    // extracts every document.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads =
        *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from));
    claims::extract_on_threads(text, threads)
}

/// `extract` works on the text as the file has it: UTF-8 files byte for
/// byte (offsets match the file, a BOM included), HTML not reduced; other
/// encodings are decoded, and only binary files are refused.
pub(crate) fn read_for_extract(path: &Path) -> Result<Decoded, AppError> {
    let bytes = ingest::read_file(path, MAX_EXTRACT_BYTES)?;
    let name = path.display().to_string();
    Ok(encoding::decode(
        &name,
        bytes,
        ingest::is_html(&name),
        true,
    )?)
}
