//! Standard output for the commands: buffered (one write per block, not per
//! line), JSON Lines or text, and a closed pipe (`claimdesk list | head`)
//! is the end of the output, not an error.

use std::io::{BufWriter, StdoutLock, Write};

use api::AppError;
use serde::Serialize;

/// The code of the error a closed pipe gives; `main` ends quietly on it.
pub const CLOSED_PIPE: &str = "closed_pipe";

pub struct Out {
    inner: BufWriter<StdoutLock<'static>>,
}

impl Out {
    pub fn stdout() -> Out {
        Out {
            inner: BufWriter::with_capacity(64 * 1024, std::io::stdout().lock()),
        }
    }

    /// One JSON object on its own line.
    pub fn json(&mut self, value: &impl Serialize) -> Result<(), AppError> {
        serde_json::to_writer(&mut self.inner, value).map_err(|e| match e.io_error_kind() {
            Some(kind) => io_error(kind.into()),
            None => AppError::from(e),
        })?;
        self.inner.write_all(b"\n").map_err(io_error)
    }

    /// One line of text.
    pub fn line(&mut self, text: std::fmt::Arguments<'_>) -> Result<(), AppError> {
        self.inner
            .write_fmt(text)
            .and_then(|()| self.inner.write_all(b"\n"))
            .map_err(io_error)
    }

    /// One JSON object on its own line whose last field is the array
    /// `items`: the array is serialized on every core, and the line is byte
    /// for byte what [`Out::json`] writes for `shell` with `items` in place
    /// of its (empty) last field. A 5 MB document's sentences take a tenth
    /// of `claimdesk extract`'s time to serialize on one core.
    pub fn json_with_items<T: Serialize + Send>(
        &mut self,
        shell: &impl Serialize,
        items: Vec<T>,
    ) -> Result<(), AppError> {
        let shell = serde_json::to_vec(shell)?;
        let Some(head) = shell.strip_suffix(b"[]}") else {
            return Err(AppError::new(
                "internal",
                "the JSON to fill in does not end with an empty array",
            ));
        };
        let parts = serialize_in_parts(items)?;
        self.bytes(head)?;
        self.bytes(b"[")?;
        for part in &parts {
            self.bytes(part)?;
        }
        self.bytes(b"]}\n")
    }

    pub fn bytes(&mut self, bytes: &[u8]) -> Result<(), AppError> {
        self.inner.write_all(bytes).map_err(io_error)
    }

    pub fn flush(&mut self) -> Result<(), AppError> {
        self.inner.flush().map_err(io_error)
    }
}

/// `items` as the inside of a JSON array, in consecutive parts serialized
/// (and the items dropped) on separate threads.
fn serialize_in_parts<T: Serialize + Send>(mut items: Vec<T>) -> Result<Vec<Vec<u8>>, AppError> {
    const MIN_PART: usize = 2_000;
    if items.len() <= MIN_PART {
        return Ok(vec![array_part(&items, false)?]);
    }
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let per_part = items.len().div_ceil(threads).max(MIN_PART);
    let mut owned = Vec::new();
    while items.len() > per_part {
        let rest = items.split_off(per_part);
        owned.push(std::mem::replace(&mut items, rest));
    }
    owned.push(items);
    std::thread::scope(|scope| {
        let parts: Vec<_> = owned
            .into_iter()
            .enumerate()
            .map(|(k, part)| scope.spawn(move || array_part(&part, k > 0)))
            .collect();
        parts
            .into_iter()
            .map(|part| part.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    })
}

fn array_part<T: Serialize>(items: &[T], after_others: bool) -> Result<Vec<u8>, AppError> {
    // A sentence of news is about 170 bytes of JSON (7.2 MB for 41,536 of
    // them): room for that spares the buffer a grow and a copy.
    let mut out = Vec::with_capacity(items.len() * 192);
    for (k, item) in items.iter().enumerate() {
        if k > 0 || after_others {
            out.push(b',');
        }
        serde_json::to_writer(&mut out, item)?;
    }
    Ok(out)
}

fn io_error(e: std::io::Error) -> AppError {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        AppError::new(CLOSED_PIPE, "standard output was closed")
    } else {
        AppError::new("io", format!("cannot write to standard output: {e}"))
    }
}

/// `s` on one line, cut to `max` characters.
pub fn one_line(s: &str, max: usize) -> String {
    // Built up to `max` characters only: a list prints thousands of these.
    let mut out = String::with_capacity(s.len().min(4 * max) + 3);
    let words = s.split_whitespace().enumerate();
    let chars = words.flat_map(|(k, w)| (k > 0).then_some(' ').into_iter().chain(w.chars()));
    for (count, c) in chars.enumerate() {
        if count == max {
            out.push('…');
            return out;
        }
        out.push(c);
    }
    out
}

/// `N`/`A` flags of a claim or sentence: numeric, attributed.
pub fn kinds(numeric: bool, attributed: bool) -> &'static str {
    match (numeric, attributed) {
        (true, true) => "NA",
        (true, false) => "N-",
        (false, true) => "-A",
        (false, false) => "--",
    }
}

#[cfg(test)]
mod tests {
    use super::{one_line, serialize_in_parts};

    #[test]
    fn one_line_folds_whitespace_and_cuts_at_max_characters() {
        let cases = [
            ("a  b\n c", 10, "a b c"),
            ("  lead and trail  ", 20, "lead and trail"),
            ("abcdef", 3, "abc…"),
            ("ab cd", 3, "ab …"),
            ("ab cd", 5, "ab cd"),
            ("été à Paris", 4, "été …"),
            ("", 5, ""),
        ];
        for (s, max, expected) in cases {
            assert_eq!(one_line(s, max), expected, "{s:?} at {max}");
        }
    }

    #[test]
    fn items_serialized_in_parts_join_into_the_array() {
        for n in [0, 1, 2, 1_999, 2_000, 2_001, 9_999] {
            let items: Vec<(u32, String)> = (0..n).map(|k| (k, format!("\"{k}\"\n"))).collect();
            let whole = serde_json::to_vec(&items).unwrap();
            let inside = serialize_in_parts(items).unwrap().concat();
            assert_eq!(inside, whole[1..whole.len() - 1], "{n} items");
        }
    }
}
