//! The JSON of `claimdesk list --json` lines, written directly: byte for
//! byte what `serde_json` writes for a [`ClaimBrief`] (the tests compare the
//! two), in a fraction of its time. A list of every claim is mostly claim
//! text, and `serde_json` looks at that text a byte at a time to escape it;
//! here eight bytes are checked at once.

use api::model::ClaimBrief;

/// `brief` as one JSON object, appended to `out`.
pub fn write_claim_brief(out: &mut Vec<u8>, brief: &ClaimBrief) {
    let mut number = itoa::Buffer::new();
    out.extend_from_slice(b"{\"id\":");
    out.extend_from_slice(number.format(brief.id).as_bytes());
    out.extend_from_slice(b",\"document_id\":");
    out.extend_from_slice(number.format(brief.document_id).as_bytes());
    out.extend_from_slice(b",\"start\":");
    out.extend_from_slice(number.format(brief.start).as_bytes());
    out.extend_from_slice(b",\"end\":");
    out.extend_from_slice(number.format(brief.end).as_bytes());
    out.extend_from_slice(b",\"text\":");
    write_string(out, &brief.text);
    out.extend_from_slice(b",\"numeric\":");
    out.extend_from_slice(if brief.numeric { b"true" } else { b"false" });
    out.extend_from_slice(b",\"attributed\":");
    out.extend_from_slice(if brief.attributed { b"true" } else { b"false" });
    out.extend_from_slice(b",\"status\":");
    match brief.status {
        Some(status) => write_string(out, status.as_str()),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"note\":");
    match &brief.note {
        Some(note) => write_string(out, note),
        None => out.extend_from_slice(b"null"),
    }
    out.push(b'}');
}

/// `s` as a JSON string, escaped as `serde_json` escapes: `"` and `\`,
/// the short escapes of `\b \f \n \r \t`, other control characters as
/// `\u00xx`; everything else (non-ASCII included) as it is.
pub fn write_string(out: &mut Vec<u8>, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let mut clean_from = 0;
    let mut i = 0;
    // Eight bytes at a time: the mask's lowest bit marks the first byte to
    // escape.
    while let Some(word) = bytes.get(i..i + 8) {
        let mask = escape_mask(u64::from_le_bytes(word.try_into().unwrap_or_default()));
        if mask == 0 {
            i += 8;
            continue;
        }
        i += (mask.trailing_zeros() / 8) as usize;
        escape_at(out, bytes, &mut clean_from, i);
        i += 1;
    }
    while i < bytes.len() {
        escape_at(out, bytes, &mut clean_from, i);
        i += 1;
    }
    out.extend_from_slice(&bytes[clean_from..]);
    out.push(b'"');
}

/// Escapes `bytes[i]` if it needs it, after the clean bytes before it.
fn escape_at(out: &mut Vec<u8>, bytes: &[u8], clean_from: &mut usize, i: usize) {
    if let Some(escape) = escape(bytes[i]) {
        out.extend_from_slice(&bytes[*clean_from..i]);
        escape.write(out);
        *clean_from = i + 1;
    }
}

/// The high bit of each byte of `word` that is `"`, `\` or below 0x20,
/// exact up to the first such byte (the lowest set bit, little-endian):
/// the classic zero-byte tests, where a borrow can only mark bytes above
/// a true match.
fn escape_mask(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_bytes = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    below_space
        | zero_bytes(word ^ (ONES * u64::from(b'"')))
        | zero_bytes(word ^ (ONES * u64::from(b'\\')))
}

enum Escape {
    Short(u8),
    Unicode(u8),
}

impl Escape {
    fn write(self, out: &mut Vec<u8>) {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        match self {
            Escape::Short(c) => out.extend_from_slice(&[b'\\', c]),
            Escape::Unicode(c) => out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX[usize::from(c >> 4)],
                HEX[usize::from(c & 0xF)],
            ]),
        }
    }
}

fn escape(byte: u8) -> Option<Escape> {
    Some(match byte {
        b'"' => Escape::Short(b'"'),
        b'\\' => Escape::Short(b'\\'),
        0x08 => Escape::Short(b'b'),
        0x0C => Escape::Short(b'f'),
        b'\n' => Escape::Short(b'n'),
        b'\r' => Escape::Short(b'r'),
        b'\t' => Escape::Short(b't'),
        0x00..=0x1F => Escape::Unicode(byte),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use api::model::Status;
    use proptest::prelude::*;

    fn brief(text: &str, status: Option<Status>, note: Option<&str>) -> ClaimBrief {
        ClaimBrief {
            id: 12,
            document_id: -3,
            start: 0,
            end: 1_000_000,
            text: text.into(),
            numeric: true,
            attributed: false,
            status,
            note: note.map(Into::into),
        }
    }

    fn direct(brief: &ClaimBrief) -> String {
        let mut out = Vec::new();
        write_claim_brief(&mut out, brief);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_brief_reads_as_serde_writes_it() {
        let texts = [
            "",
            "Some 11,000 soldiers, Yonhap reported.",
            "He said: \"We will win\" \\ not 'lose'",
            "tab\tnew line\ncarriage\rbell\u{7}nul\u{0}unit\u{1f}del\u{7f}",
            "back\u{8}form\u{c}",
            "Zelenskyy – “some 11,000” – 北朝鮮 😀 \u{2028}",
            "exactly8\"",
            "\"1234567\"12345678\\",
        ];
        let statuses = [None, Some(Status::Corroborated), Some(Status::Disputed)];
        for text in texts {
            for status in statuses {
                for note in [None, Some(""), Some("checked \"twice\"\n")] {
                    let b = brief(text, status, note);
                    let serde = serde_json::to_string(&b).expect("serializes");
                    assert_eq!(direct(&b), serde, "{text:?}");
                }
            }
        }
    }

    proptest! {
        #[test]
        fn any_text_reads_as_serde_writes_it(text in any::<String>(), ascii in "[ -~\t\n\"\\\\]{0,40}") {
            for t in [&text, &ascii] {
                let b = brief(t, None, Some(t));
                prop_assert_eq!(direct(&b), serde_json::to_string(&b).expect("serializes"));
            }
        }
    }
}
