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

    pub fn bytes(&mut self, bytes: &[u8]) -> Result<(), AppError> {
        self.inner.write_all(bytes).map_err(io_error)
    }

    pub fn flush(&mut self) -> Result<(), AppError> {
        self.inner.flush().map_err(io_error)
    }
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
    use super::one_line;

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
}
