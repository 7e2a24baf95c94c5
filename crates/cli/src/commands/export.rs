//! `export`: a report to a file (written atomically) or to stdout.

use std::path::PathBuf;

use api::model::StatusFilter;
use api::{AppError, Desk, Format};

use crate::output::Out;

pub fn run(
    desk: &Desk,
    format: Format,
    document: Option<i64>,
    status: Option<StatusFilter>,
    output: Option<PathBuf>,
    out: &mut Out,
) -> Result<(), AppError> {
    let note = match output {
        Some(path) => desk.export_to(format, document, status, &path)?.note,
        None => {
            let rendered = desk.render_report(format, document, status)?;
            out.bytes(&rendered.bytes)?;
            rendered.note
        }
    };
    if let Some(note) = note {
        eprintln!("{note}");
    }
    Ok(())
}
