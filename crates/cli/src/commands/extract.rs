//! `extract`: the engine on files, no database; one JSON object per file
//! in the CLAIMS.md shape.

use std::path::PathBuf;

use api::extract::{extract_file, FileExtraction};
use api::AppError;

use crate::output::{kinds, one_line, Out};

pub fn run(files: &[PathBuf], json: bool, out: &mut Out) -> Result<i32, AppError> {
    let mut failed = 0;
    for file in files {
        let (decoded, mut extraction) = match extract_file(file) {
            Ok(found) => found,
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", e.message);
                continue;
            }
        };
        if json {
            let sentences = std::mem::take(&mut extraction.sentences);
            let shell = FileExtraction {
                file: &file.to_string_lossy(),
                decoded_from: decoded.from,
                extraction,
            };
            out.json_with_items(&shell, sentences)?;
            continue;
        }
        let text = decoded.text;
        let claims = extraction.claims().count();
        out.line(format_args!(
            "{}: {} sentences, {claims} claims",
            file.display(),
            extraction.sentences.len()
        ))?;
        for s in extraction.claims() {
            let shown = one_line(&text[s.start..s.end], 100);
            out.line(format_args!(
                "  {:>6}..{:<6} {}  {shown}",
                s.start,
                s.end,
                kinds(s.numeric, s.attributed)
            ))?;
        }
    }
    Ok(i32::from(failed > 0))
}
