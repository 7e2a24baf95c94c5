//! `library import`, `library list` and `match`: past fact-checks.

use std::path::PathBuf;

use api::{AppError, Desk};

use crate::output::{one_line, Out};

pub fn import(
    desk: &mut Desk,
    files: &[PathBuf],
    json: bool,
    out: &mut Out,
) -> Result<i32, AppError> {
    let mut failed = 0;
    for file in files {
        match desk.import_library(file) {
            Ok(done) if json => out.json(&done)?,
            Ok(done) => out.line(format_args!(
                "{}: {} added, {} updated{}",
                done.file,
                done.added,
                done.updated,
                if done.skipped > 0 {
                    format!(", {} without a claim or an address skipped", done.skipped)
                } else {
                    String::new()
                }
            ))?,
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", e.message);
            }
        }
    }
    Ok(i32::from(failed > 0))
}

pub fn list(desk: &Desk, json: bool, out: &mut Out) -> Result<(), AppError> {
    for item in desk.library_items()? {
        if json {
            out.json(&item)?;
        } else {
            out.line(format_args!(
                "{:<14} {}  {}",
                one_line(item.rating.as_deref().unwrap_or("-"), 14),
                one_line(&item.claim, 90),
                item.url
            ))?;
        }
    }
    Ok(())
}

pub fn matches(
    desk: &Desk,
    files: &[PathBuf],
    top: usize,
    json: bool,
    out: &mut Out,
) -> Result<i32, AppError> {
    let mut failed = 0;
    for file in files {
        let found = match desk.match_file(file, top) {
            Ok(found) => found,
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", e.message);
                continue;
            }
        };
        if json {
            out.json(&found)?;
            continue;
        }
        out.line(format_args!("{}:", found.file))?;
        for m in &found.ranked {
            match_line(m, out)?;
        }
    }
    Ok(i32::from(failed > 0))
}

/// One past fact-check as a line: score, rating, the claim checked, its address.
pub fn match_line(m: &api::library::LibraryMatch, out: &mut Out) -> Result<(), AppError> {
    out.line(format_args!(
        "  {:.2} {:<12} {}  {}",
        m.score,
        one_line(m.rating.as_deref().unwrap_or("-"), 12),
        one_line(&m.claim, 80),
        m.url
    ))
}
