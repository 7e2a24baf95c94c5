//! Turning files, web addresses and pasted text into documents: reading,
//! fetching (`web`), decoding (`encoding`), size limits, the article out of
//! an HTML page (`article`, with its metadata from `meta`; `html` for
//! every readable line), and running the engine.

pub mod article;
pub mod encoding;
pub mod html;
pub mod meta;
pub mod web;

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
    #[error(
        "{address} is not a web address Claimdesk fetches: only http:// and https:// addresses are fetched"
    )]
    NotWebAddress { address: String },
    #[error("cannot reach {address}: {reason}")]
    Unreachable { address: String, reason: String },
    #[error("{address} did not answer within {seconds} seconds")]
    TimedOut { address: String, seconds: f32 },
    #[error("{address} answered {status}; nothing was imported")]
    HttpStatus { address: String, status: String },
    #[error("{address} is {content_type}, not an article: Claimdesk imports HTML pages, plain text and Markdown")]
    NotAnArticle {
        address: String,
        content_type: String,
    },
    #[error("{address} is larger than {max} bytes, the most Claimdesk imports")]
    TooLargeDownload { address: String, max: u64 },
    #[error("{address} redirects more than {max} times")]
    TooManyRedirects { address: String, max: u32 },
}

impl IngestError {
    pub fn code(&self) -> &'static str {
        match self {
            IngestError::Unreadable { .. } => "unreadable",
            IngestError::TooLarge { .. } => "too_large",
            IngestError::Binary { .. } => "binary",
            IngestError::Empty { .. } => "empty",
            IngestError::UnsupportedType { .. } => "unsupported_type",
            IngestError::NotWebAddress { .. } => "not_web_address",
            IngestError::Unreachable { .. } => "unreachable",
            IngestError::TimedOut { .. } => "timed_out",
            IngestError::HttpStatus { .. } => "http_status",
            IngestError::NotAnArticle { .. } => "not_an_article",
            IngestError::TooLargeDownload { .. } => "too_large",
            IngestError::TooManyRedirects { .. } => "too_many_redirects",
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
    if is_html(name) {
        // A saved page: its article and metadata, as if fetched.
        return article::read(&raw, None).into_document(name);
    }
    if !matches!(
        extension(name).as_str(),
        "txt" | "md" | "markdown" | "text" | ""
    ) {
        return Err(IngestError::UnsupportedType {
            path: name.to_string(),
        });
    }
    plain_document(name, raw)
}

/// Text or Markdown as it is, from `origin` (a file or an address); text
/// that is only whitespace is refused.
pub(crate) fn plain_document(origin: &str, text: String) -> Result<NewDocument, IngestError> {
    if text.trim().is_empty() {
        return Err(IngestError::Empty {
            path: origin.to_string(),
        });
    }
    Ok(NewDocument {
        origin: Some(origin.to_string()),
        text,
        ..NewDocument::default()
    })
}

/// The engine's claims, shaped for the store.
pub fn claims_of(text: &str) -> Vec<NewClaim> {
    crate::extract::extract_text(text)
        .sentences
        .into_iter()
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
