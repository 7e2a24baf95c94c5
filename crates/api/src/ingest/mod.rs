//! Turning files and pasted text into documents: reading, decoding
//! (`encoding`), size limits, readable text out of HTML (`html`), and
//! running the engine.

pub mod encoding;
pub mod html;

use std::path::Path;

use model::{NewClaim, NewDocument};

/// Larger files are refused: an article is kilobytes; this leaves room for
/// book-length reports while keeping the window responsive.
pub const MAX_DOCUMENT_BYTES: u64 = 20 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("cannot read {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("{path} is {size} bytes; Claimdesk opens documents up to {max} bytes")]
    TooLarge { path: String, size: u64, max: u64 },
    #[error("{path} looks like a binary file, not text (it contains NUL bytes)")]
    Binary { path: String },
    #[error("{path} has no text in it")]
    Empty { path: String },
    #[error("{path}: unsupported file type; Claimdesk opens .txt, .md, .html and .htm")]
    UnsupportedType { path: String },
}

impl IngestError {
    pub fn code(&self) -> &'static str {
        match self {
            IngestError::Unreadable { .. } => "unreadable",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Binary { .. } => "binary",
            IngestError::Empty { .. } => "empty",
            IngestError::UnsupportedType { .. } => "unsupported_type",
        }
    }
}

/// A file's bytes, refusing a folder or a file over `max` bytes before
/// reading it.
pub fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, IngestError> {
    let shown = path.display().to_string();
    let unreadable = |reason: String| IngestError::Unreadable {
        path: shown.clone(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| unreadable(e.to_string()))?;
    if meta.is_dir() {
        return Err(unreadable("it is a folder".into()));
    }
    if meta.len() > max {
        return Err(IngestError::TooLarge {
            path: shown,
            size: meta.len(),
            max,
        });
    }
    std::fs::read(path).map_err(|e| unreadable(e.to_string()))
}

/// A document's text from its bytes in whatever encoding they are
/// (`encoding::decode`; HTML by its extension may declare one); a UTF-8
/// BOM is dropped, and a file with no text is refused.
pub fn decode_document(name: &str, bytes: Vec<u8>) -> Result<String, IngestError> {
    let text = encoding::decode(name, bytes, is_html(name), false)?.text;
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: name.to_string(),
        });
    }
    Ok(text)
}

/// Whether a file name says HTML.
pub fn is_html(name: &str) -> bool {
    matches!(extension(name).as_str(), "html" | "htm" | "xhtml")
}

fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default()
}

/// A document ready to import from a file: `.txt`/`.md` as they are, HTML
/// reduced to its readable text. The title is the HTML `<title>`, else the
/// first line.
pub fn document_from_file(path: &Path) -> Result<NewDocument, IngestError> {
    let name = path.display().to_string();
    let raw = decode_document(&name, read_file(path, MAX_DOCUMENT_BYTES)?)?;
    document_from_text(&name, raw)
}

/// The same for bytes that arrive without a path (dropped or picked in the window).
pub fn document_from_bytes(name: &str, bytes: Vec<u8>) -> Result<NewDocument, IngestError> {
    if bytes.len() as u64 > MAX_DOCUMENT_BYTES {
        return Err(IngestError::TooLarge {
            path: name.to_string(),
            size: bytes.len() as u64,
            max: MAX_DOCUMENT_BYTES,
        });
    }
    let raw = decode_document(name, bytes)?;
    document_from_text(name, raw)
}

fn document_from_text(name: &str, raw: String) -> Result<NewDocument, IngestError> {
    let (title, text) = if is_html(name) {
        let page = html::readable_text(&raw);
        (page.title, page.text)
    } else if matches!(
        extension(name).as_str(),
        "txt" | "md" | "markdown" | "text" | ""
    ) {
        (None, raw)
    } else {
        return Err(IngestError::UnsupportedType {
            path: name.to_string(),
        });
    };
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: name.to_string(),
        });
    }
    Ok(NewDocument {
        title: title.unwrap_or_default(),
        origin: Some(name.to_string()),
        text,
        ..NewDocument::default()
    })
}

/// The engine's claims, shaped for the store.
pub fn claims_of(text: &str) -> Vec<NewClaim> {
    claims::Extractor::new(text)
        .filter(|s| s.is_claim())
        .map(|s| NewClaim {
            start: s.start,
            end: s.end,
            numeric: s.numeric,
            attributed: s.attributed,
            numbers: s.numbers,
            sources: s.sources,
        })
        .collect()
}
