//! `import` and `documents`.

use std::path::PathBuf;

use api::{AppError, Desk, ImportOptions};

use crate::output::{one_line, Out};

/// Import files; each failure is its own `error:` line and the others go on.
pub fn import(
    desk: &mut Desk,
    files: &[PathBuf],
    options: &ImportOptions,
    json: bool,
    out: &mut Out,
) -> Result<i32, AppError> {
    let mut failed = 0;
    for file in desk.import_files(files, options, |_| {}) {
        match (file.outcome, file.error) {
            (Some(o), _) if json => out.json(&o)?,
            (Some(o), _) if o.duplicate => out.line(format_args!(
                "{}: already imported as document {} ({}), nothing added",
                file.path, o.id, o.title
            ))?,
            (Some(o), _) => out.line(format_args!(
                "{}: document {} ({}), {} claims",
                file.path, o.id, o.title, o.claims
            ))?,
            (None, error) => {
                failed += 1;
                let message =
                    error.map_or_else(|| format!("{}: not imported", file.path), |e| e.message);
                eprintln!("error: {message}");
            }
        }
    }
    Ok(i32::from(failed > 0))
}

pub fn list(desk: &Desk, json: bool, out: &mut Out) -> Result<(), AppError> {
    for d in desk.documents()? {
        if json {
            out.json(&d)?;
            continue;
        }
        let c = d.counts;
        let done = if c.done() { "done" } else { "" };
        out.line(format_args!(
            "{:>5}  {:>4} claims  {:>4} to review  {done:<4}  {}",
            d.id,
            c.claims,
            c.not_reviewed,
            one_line(&d.title, 80)
        ))?;
    }
    Ok(())
}
