//! Articles by their web address: fetched in Rust (never by the webview),
//! over http or https only, with a time limit, a size limit and a few
//! redirects; only HTML, plain text and Markdown are accepted. Every way
//! this can fail is one [`IngestError`] with a sentence the analyst can act
//! on, and nothing is stored.

use std::io::Read;
use std::time::Duration;

use model::NewDocument;
use ureq::ResponseExt;

use super::{article, encoding, IngestError, MAX_DOCUMENT_BYTES};

/// How far a fetch may go.
#[derive(Debug, Clone)]
pub struct FetchLimits {
    /// For the whole exchange: connecting, redirects and the body.
    pub timeout: Duration,
    pub max_bytes: u64,
    pub max_redirects: u32,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            timeout: Duration::from_secs(20),
            max_bytes: MAX_DOCUMENT_BYTES,
            max_redirects: 5,
        }
    }
}

/// What kinds of page are read, by their `Content-Type`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PageKind {
    Html,
    Text,
}

/// A page as the server sent it.
struct Fetched {
    /// Where it was found, after redirects.
    address: String,
    kind: PageKind,
    charset: Option<String>,
    bytes: Vec<u8>,
}

/// Whether `s` is meant as a web address rather than a path: it starts
/// with a scheme (`https://`, `ftp://`, `file://`).
pub fn looks_like_address(s: &str) -> bool {
    let Some((scheme, _)) = s.split_once("://") else {
        return false;
    };
    !scheme.is_empty()
        && scheme.len() <= 10
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '+')
}

/// The document at `address`: an HTML page's article with its metadata
/// (origin = its canonical address), or a text or Markdown file.
pub fn document_from_address(
    address: &str,
    limits: &FetchLimits,
) -> Result<NewDocument, IngestError> {
    let fetched = fetch(address, limits)?;
    let html = fetched.kind == PageKind::Html;
    let decoded = encoding::decode_as_sent(
        &fetched.address,
        fetched.bytes,
        fetched.charset.as_deref(),
        html,
        false,
    )?;
    if !html {
        return super::plain_document(&fetched.address, decoded.text);
    }
    article::read(&decoded.text, Some(&fetched.address)).into_document(&fetched.address)
}

fn fetch(address: &str, limits: &FetchLimits) -> Result<Fetched, IngestError> {
    let address = address.trim();
    if !store::is_web_link(address) {
        return Err(IngestError::NotWebAddress {
            address: address.to_string(),
        });
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(limits.timeout))
        .max_redirects(limits.max_redirects)
        .http_status_as_error(false)
        .user_agent(concat!("Claimdesk/", env!("CARGO_PKG_VERSION")))
        .accept("text/html, application/xhtml+xml, text/plain;q=0.9, text/markdown;q=0.9")
        .build()
        .into();
    let failed = |e: ureq::Error| fetch_error(address, limits, e);
    let mut response = agent.get(address).call().map_err(failed)?;
    let status = response.status();
    if !status.is_success() {
        return Err(IngestError::HttpStatus {
            address: address.to_string(),
            status: format!(
                "{} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim()
            .to_string(),
        });
    }
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let kind = page_kind(&content_type).ok_or_else(|| IngestError::NotAnArticle {
        address: address.to_string(),
        content_type: mime(&content_type).to_string(),
    })?;
    let final_address = response.get_uri().to_string();
    let mut bytes = Vec::new();
    response
        .body_mut()
        .as_reader()
        .take(limits.max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fetch_error(address, limits, ureq::Error::Io(e)))?;
    if bytes.len() as u64 > limits.max_bytes {
        return Err(IngestError::TooLargeDownload {
            address: address.to_string(),
            max: limits.max_bytes,
        });
    }
    Ok(Fetched {
        address: final_address,
        kind,
        charset: charset_of(&content_type),
        bytes,
    })
}

/// HTML, plain text and Markdown; a missing type is read as HTML (old
/// servers), anything else (PDF, images, JSON) is not an article.
fn page_kind(content_type: &str) -> Option<PageKind> {
    match mime(content_type) {
        "text/html" | "application/xhtml+xml" | "" => Some(PageKind::Html),
        "text/plain" | "text/markdown" | "text/x-markdown" => Some(PageKind::Text),
        _ => None,
    }
}

/// `text/html; charset=utf-8` -> `text/html`.
fn mime(content_type: &str) -> &str {
    content_type.split(';').next().unwrap_or("").trim()
}

fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (key, value) = p.split_once('=')?;
        (key.trim() == "charset").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// One sentence for each way a fetch fails.
fn fetch_error(address: &str, limits: &FetchLimits, e: ureq::Error) -> IngestError {
    let address = address.to_string();
    match e {
        ureq::Error::Timeout(_) => IngestError::TimedOut {
            address,
            seconds: limits.timeout.as_secs_f32(),
        },
        ureq::Error::TooManyRedirects | ureq::Error::RedirectFailed => {
            IngestError::TooManyRedirects {
                address,
                max: limits.max_redirects,
            }
        }
        ureq::Error::BodyExceedsLimit(_) => IngestError::TooLargeDownload {
            address,
            max: limits.max_bytes,
        },
        ureq::Error::HostNotFound => IngestError::Unreachable {
            address,
            reason: "no such host (check the address, or the network)".into(),
        },
        ureq::Error::ConnectionFailed => IngestError::Unreachable {
            address,
            reason: "the server refused the connection".into(),
        },
        ureq::Error::Io(io) if io.kind() == std::io::ErrorKind::TimedOut => IngestError::TimedOut {
            address,
            seconds: limits.timeout.as_secs_f32(),
        },
        other => IngestError::Unreachable {
            address,
            reason: other.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_types_decide_what_is_read() {
        let cases = [
            (
                "text/html; charset=UTF-8",
                Some(PageKind::Html),
                Some("utf-8"),
            ),
            ("application/xhtml+xml", Some(PageKind::Html), None),
            (
                "text/plain; charset=\"windows-1252\"",
                Some(PageKind::Text),
                Some("windows-1252"),
            ),
            ("text/markdown", Some(PageKind::Text), None),
            ("", Some(PageKind::Html), None),
            ("application/pdf", None, None),
            ("image/png", None, None),
            ("application/json", None, None),
        ];
        for (content_type, kind, charset) in cases {
            let lower = content_type.to_ascii_lowercase();
            assert_eq!(page_kind(&lower), kind, "{content_type}");
            assert_eq!(charset_of(&lower).as_deref(), charset, "{content_type}");
        }
    }

    #[test]
    fn addresses_are_told_from_paths() {
        let cases = [
            ("https://example.org/a", true),
            ("http://example.org", true),
            ("ftp://example.org/a.txt", true),
            ("file:///home/a.txt", true),
            ("/home/analyst/article.txt", false),
            ("notes/2024://odd.txt", false),
            ("article.html", false),
        ];
        for (s, expected) in cases {
            assert_eq!(looks_like_address(s), expected, "{s}");
        }
    }
}
