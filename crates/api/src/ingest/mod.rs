//! Turning files and pasted text into documents: reading, decoding, size
//! limits, readable text out of HTML (`html`), and running the engine.

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
    #[error("{path} is not UTF-8 text: invalid byte 0x{byte:02x} at line {line}, column {column} (byte {offset})")]
    NotUtf8 {
        path: String,
        offset: usize,
        line: usize,
        column: usize,
        byte: u8,
    },
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
            IngestError::NotUtf8 { .. } => "not_utf8",
            IngestError::Binary { .. } => "binary",
            IngestError::Empty { .. } => "empty",
            IngestError::UnsupportedType { .. } => "unsupported_type",
        }
    }
}

/// Read a text file as UTF-8, refusing binary, oversized and undecodable files
/// with a message that says where the problem is. A UTF-8 BOM is dropped.
pub fn read_text(path: &Path) -> Result<String, IngestError> {
    let bytes = read_file(path, MAX_DOCUMENT_BYTES)?;
    decode(&path.display().to_string(), bytes)
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

pub fn decode(shown: &str, bytes: Vec<u8>) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::Binary {
            path: shown.to_string(),
        });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = &bytes[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1;
            return Err(IngestError::NotUtf8 {
                path: shown.to_string(),
                offset,
                line,
                column,
                byte: bytes[offset],
            });
        }
    };
    let text = text
        .strip_prefix('\u{FEFF}')
        .map(str::to_string)
        .unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: shown.to_string(),
        });
    }
    Ok(text)
}

/// A document ready to import from a file: `.txt`/`.md` as they are, HTML
/// reduced to its readable text. The title is the HTML `<title>`, else the
/// first line.
pub fn document_from_file(path: &Path) -> Result<NewDocument, IngestError> {
    let raw = read_text(path)?;
    document_from_text(&path.display().to_string(), raw)
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
    let raw = decode(name, bytes)?;
    document_from_text(name, raw)
}

fn document_from_text(name: &str, raw: String) -> Result<NewDocument, IngestError> {
    let path = Path::new(name);
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let (title, text) = match ext.as_str() {
        "html" | "htm" | "xhtml" => {
            let page = html::readable_text(&raw);
            (page.title, page.text)
        }
        "txt" | "md" | "markdown" | "text" | "" => (None, raw),
        _ => {
            return Err(IngestError::UnsupportedType {
                path: name.to_string(),
            })
        }
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
