//! Bytes to text: which encoding a file is in, decided as a browser would.
//!
//! In order: a byte-order mark (UTF-8, UTF-16LE/BE); the charset the
//! server sent (HTTP `Content-Type`); for HTML, the charset the page
//! declares in its first kilobytes; UTF-8 when the bytes are valid
//! UTF-8; else chardetng's guess among the legacy encodings (an old
//! Windows-1252 article, a Shift_JIS page). Only what is really binary is
//! refused: NUL bytes in text that is not UTF-16.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use super::IngestError;

/// Text decoded from a file's bytes.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    /// The encoding it was decoded from, when that was not UTF-8 (offsets
    /// are into `text`, not into the file).
    pub from: Option<&'static str>,
}

/// How far into an HTML file a `<meta charset>` is looked for (browsers
/// look at the first 1,024 bytes; pages with long heads put it later).
const CHARSET_PRESCAN_BYTES: usize = 4096;

/// Decode `bytes` (`shown` names them in errors); `html` reads a declared
/// charset. A UTF-8 BOM is kept when `keep_bom` (extract: offsets must
/// match the file). Valid UTF-8 without a declaration becomes the text
/// as it is: checked once, not copied (files reach megabytes).
pub fn decode(
    shown: &str,
    bytes: Vec<u8>,
    html: bool,
    keep_bom: bool,
) -> Result<Decoded, IngestError> {
    decode_as_sent(shown, bytes, None, html, keep_bom)
}

/// [`decode`] for bytes that came with a charset label (an HTTP
/// `Content-Type`): it counts after a BOM and before the page's own.
pub fn decode_as_sent(
    shown: &str,
    mut bytes: Vec<u8>,
    sent_charset: Option<&str>,
    html: bool,
    keep_bom: bool,
) -> Result<Decoded, IngestError> {
    let binary = || IngestError::Binary {
        path: shown.to_string(),
    };
    let sent = sent_charset.and_then(|label| Encoding::for_label(label.trim().as_bytes()));
    let encoding = match Encoding::for_bom(&bytes) {
        Some((encoding, bom)) => {
            if encoding != UTF_8 || !keep_bom {
                bytes.drain(..bom);
            }
            encoding
        }
        None => match sent.or_else(|| html.then(|| declared_charset(&bytes)).flatten()) {
            Some(declared) => declared,
            None => match String::from_utf8(bytes) {
                Ok(text) if text.contains('\0') => return Err(binary()),
                Ok(text) => return Ok(Decoded { text, from: None }),
                Err(e) => {
                    bytes = e.into_bytes();
                    let mut detector = chardetng::EncodingDetector::new();
                    detector.feed(&bytes, true);
                    detector.guess(None, false)
                }
            },
        },
    };
    from_encoding(encoding, &bytes, binary)
}

fn from_encoding(
    encoding: &'static Encoding,
    bytes: &[u8],
    binary: impl Fn() -> IngestError,
) -> Result<Decoded, IngestError> {
    let utf16 = encoding == UTF_16LE || encoding == UTF_16BE;
    if !utf16 && bytes.contains(&0) {
        return Err(binary());
    }
    let (text, _had_errors) = encoding.decode_without_bom_handling(bytes);
    if utf16 && text.contains('\0') {
        return Err(binary());
    }
    let text = match text {
        Cow::Borrowed(t) => t.to_string(),
        Cow::Owned(t) => t,
    };
    Ok(Decoded {
        text,
        from: (encoding != UTF_8).then(|| encoding.name()),
    })
}

/// The encoding an HTML page declares: `<meta charset="...">` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`. A page
/// that declares UTF-16 without a BOM is read as UTF-8 (as browsers do).
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(CHARSET_PRESCAN_BYTES)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = find(&lower[tag_start..], b">").map_or(lower.len(), |e| tag_start + e);
        if let Some(label) = charset_in(&lower[tag_start..tag_end]) {
            let encoding = Encoding::for_label(label)?;
            return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
                UTF_8
            } else {
                encoding
            });
        }
        from = tag_end;
    }
    None
}

/// The value after `charset=` in one lower-cased tag, quotes stripped.
fn charset_in(tag: &[u8]) -> Option<&[u8]> {
    let at = find(tag, b"charset")? + b"charset".len();
    let rest = &tag[at..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    let rest = rest.strip_prefix(b"=")?;
    let rest = rest.trim_ascii_start();
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le_with_bom(s: &str) -> Vec<u8> {
        let mut out = vec![0xFF, 0xFE];
        out.extend(s.encode_utf16().flat_map(u16::to_le_bytes));
        out
    }

    fn utf16be_with_bom(s: &str) -> Vec<u8> {
        let mut out = vec![0xFE, 0xFF];
        out.extend(s.encode_utf16().flat_map(u16::to_be_bytes));
        out
    }

    #[test]
    fn each_kind_of_file_decodes_as_a_browser_would() {
        let cp1252 = b"The minister\x92s office said \x93about 40\x94 people \x96 mostly farmers \x96 were hurt.";
        let latin1_page = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body>Caf\xe9 prices rose 5%.</body></html>";
        let http_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-2\"><p>\xa3\xf3d\xbc</p>";
        // (case, bytes, html, the text it gives, decoded from)
        let cases: Vec<(&str, Vec<u8>, bool, &str, Option<&str>)> = vec![
            (
                "UTF-8",
                "Prices rose 5% — “a lot”.".into(),
                false,
                "Prices rose 5% — “a lot”.",
                None,
            ),
            (
                "UTF-8 with a BOM",
                b"\xEF\xBB\xBFHello.".to_vec(),
                false,
                "Hello.",
                None,
            ),
            (
                "UTF-16LE with a BOM",
                utf16le_with_bom("Zelenskyy said 11,000."),
                false,
                "Zelenskyy said 11,000.",
                Some("UTF-16LE"),
            ),
            (
                "UTF-16BE with a BOM",
                utf16be_with_bom("Łódź, 2024"),
                false,
                "Łódź, 2024",
                Some("UTF-16BE"),
            ),
            (
                "Windows-1252 without a declaration",
                cp1252.to_vec(),
                false,
                "The minister’s office said “about 40” people – mostly farmers – were hurt.",
                Some("windows-1252"),
            ),
            (
                "an HTML page declaring windows-1252",
                latin1_page.to_vec(),
                true,
                "Café prices rose 5%.",
                Some("windows-1252"),
            ),
            (
                "an HTML page declaring ISO-8859-2 by http-equiv",
                http_equiv.to_vec(),
                true,
                "Łódź",
                Some("ISO-8859-2"),
            ),
        ];
        for (case, bytes, html, contains, from) in cases {
            let decoded = decode("f", bytes, html, false).unwrap_or_else(|e| panic!("{case}: {e}"));
            assert!(
                decoded.text.contains(contains),
                "{case}: {:?}",
                decoded.text
            );
            assert_eq!(decoded.from, from, "{case}");
        }
    }

    #[test]
    fn only_what_is_really_binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        let utf16_with_nul = utf16le_with_bom("a\0b");
        for (case, bytes) in [("a PNG", png), ("UTF-16 holding NUL", utf16_with_nul)] {
            let err = decode("f", bytes, false, false).unwrap_err();
            assert_eq!(err.code(), "binary", "{case}: {err}");
        }
    }

    #[test]
    fn extract_keeps_a_utf8_bom_so_offsets_match_the_file() {
        let bytes = b"\xEF\xBB\xBFHello.".to_vec();
        assert_eq!(
            decode("f", bytes, false, true).unwrap().text,
            "\u{FEFF}Hello."
        );
    }

    #[test]
    fn a_declared_charset_is_read_from_meta_tags_only() {
        let cases: [(&[u8], Option<&str>); 5] = [
            (b"<meta charset=utf-8>", Some("UTF-8")),
            (b"<META CHARSET='Windows-1251'/>", Some("windows-1251")),
            (b"<meta charset=\"utf-16\">", Some("UTF-8")),
            (b"<p>charset=latin1 is just text</p>", None),
            (b"<meta charset=\"no-such-thing\">", None),
        ];
        for (page, want) in cases {
            assert_eq!(
                declared_charset(page).map(|e| e.name()),
                want,
                "{}",
                String::from_utf8_lossy(page)
            );
        }
    }
}
