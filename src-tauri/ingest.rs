//! Turning files and pasted text into documents: reading, decoding, size
//! limits, readable text out of HTML, and running the engine.

use std::path::Path;

use store::{NewClaim, NewDocument};

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
    NotUtf8 { path: String, offset: usize, line: usize, column: usize, byte: u8 },
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
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| IngestError::Unreadable { path: shown.clone(), reason: e.to_string() })?;
    if meta.is_dir() {
        return Err(IngestError::Unreadable { path: shown, reason: "it is a folder".into() });
    }
    if meta.len() > MAX_DOCUMENT_BYTES {
        return Err(IngestError::TooLarge { path: shown, size: meta.len(), max: MAX_DOCUMENT_BYTES });
    }
    let bytes = std::fs::read(path).map_err(|e| IngestError::Unreadable { path: shown.clone(), reason: e.to_string() })?;
    decode(&shown, bytes)
}

pub fn decode(shown: &str, bytes: Vec<u8>) -> Result<String, IngestError> {
    if bytes.contains(&0) {
        return Err(IngestError::Binary { path: shown.to_string() });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let before = &bytes[..offset];
            let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
            let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
            return Err(IngestError::NotUtf8 { path: shown.to_string(), offset, line, column, byte: bytes[offset] });
        }
    };
    let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: shown.to_string() });
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
        return Err(IngestError::TooLarge { path: name.to_string(), size: bytes.len() as u64, max: MAX_DOCUMENT_BYTES });
    }
    let raw = decode(name, bytes)?;
    document_from_text(name, raw)
}

fn document_from_text(name: &str, raw: String) -> Result<NewDocument, IngestError> {
    let path = Path::new(name);
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).unwrap_or_default();
    let (title, text) = match ext.as_str() {
        "html" | "htm" | "xhtml" => {
            let page = html::readable_text(&raw);
            (page.title, page.text)
        }
        "txt" | "md" | "markdown" | "text" | "" => (None, raw),
        _ => return Err(IngestError::UnsupportedType { path: name.to_string() }),
    };
    if text.trim().is_empty() {
        return Err(IngestError::Empty { path: name.to_string() });
    }
    Ok(NewDocument { title: title.unwrap_or_default(), origin: Some(name.to_string()), text, ..NewDocument::default() })
}

/// The engine's claims, shaped for the store.
pub fn claims_of(text: &str) -> Vec<NewClaim> {
    claims::Extractor::new(text)
        .filter(|s| s.is_claim())
        .map(|s| NewClaim { start: s.start, end: s.end, numeric: s.numeric, attributed: s.attributed, numbers: s.numbers, sources: s.sources })
        .collect()
}

pub mod html {
    //! Just enough HTML to read an article: drop scripts, styles and markup,
    //! keep block structure as line breaks, decode entities.

    pub struct Page {
        pub title: Option<String>,
        pub text: String,
    }

    const BLOCKS: &[&str] = &["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "section", "article", "header", "footer", "title", "figcaption"];
    const SKIPPED: &[&str] = &["script", "style", "noscript", "template", "svg", "head", "nav", "iframe"];

    pub fn readable_text(html: &str) -> Page {
        let mut out = String::with_capacity(html.len() / 2);
        let mut title = None;
        let mut rest = html;
        let mut skip_until: Option<String> = None;
        let mut in_title = false;
        let mut title_buf = String::new();
        while let Some(lt) = rest.find('<') {
            let chunk = &rest[..lt];
            if skip_until.is_none() {
                if in_title {
                    title_buf.push_str(chunk);
                } else {
                    out.push_str(&decode_entities(chunk));
                }
            }
            rest = &rest[lt..];
            if rest.starts_with("<!--") {
                rest = rest.find("-->").map_or("", |e| &rest[e + 3..]);
                continue;
            }
            let Some(gt) = rest.find('>') else { break };
            let tag = &rest[1..gt];
            rest = &rest[gt + 1..];
            let closing = tag.starts_with('/');
            let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
            if let Some(until) = &skip_until {
                if closing && &name == until {
                    skip_until = None;
                }
                continue;
            }
            if name == "title" {
                in_title = !closing;
                if closing && title.is_none() {
                    let t = decode_entities(title_buf.trim());
                    title = (!t.is_empty()).then_some(t);
                }
                continue;
            }
            if !closing && SKIPPED.contains(&name.as_str()) && !tag.ends_with('/') {
                skip_until = Some(name);
                continue;
            }
            if BLOCKS.contains(&name.as_str()) {
                out.push('\n');
            }
        }
        if skip_until.is_none() && !in_title {
            out.push_str(&decode_entities(rest));
        }
        let text = out
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        Page { title, text }
    }

    pub fn decode_entities(s: &str) -> String {
        if !s.contains('&') {
            return s.to_string();
        }
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(amp) = rest.find('&') {
            out.push_str(&rest[..amp]);
            rest = &rest[amp..];
            let end = rest[1..].find(|c: char| c == ';' || c.is_whitespace() || c == '&').map(|e| e + 1);
            let decoded = end.filter(|&e| rest.as_bytes().get(e) == Some(&b';')).and_then(|e| entity(&rest[1..e]).map(|c| (c, e + 1)));
            match decoded {
                Some((c, len)) => {
                    out.push(c);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    fn entity(name: &str) -> Option<char> {
        if let Some(num) = name.strip_prefix('#') {
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            return char::from_u32(code).filter(|&c| c != '\0');
        }
        Some(match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "ndash" => '–',
            "mdash" => '—',
            "lsquo" => '‘',
            "rsquo" => '’',
            "ldquo" => '“',
            "rdquo" => '”',
            "hellip" => '…',
            "euro" => '€',
            "pound" => '£',
            "copy" => '©',
            _ => return None,
        })
    }
}
