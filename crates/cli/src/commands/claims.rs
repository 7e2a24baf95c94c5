//! `list`: claims matching a filter.

use api::model::{ClaimFilter, Status};
use api::{AppError, Desk};
use serde::Serialize;

use crate::output::{kinds, one_line, Out};

/// One claim as `list --json` prints it.
#[derive(Serialize)]
struct ListedClaim<'a> {
    id: i64,
    document_id: i64,
    start: usize,
    end: usize,
    text: &'a str,
    numeric: bool,
    attributed: bool,
    status: Option<Status>,
    note: Option<&'a str>,
}

pub fn list(desk: &Desk, filter: &ClaimFilter, json: bool, out: &mut Out) -> Result<(), AppError> {
    for c in desk.claims(filter)? {
        if json {
            let listed = ListedClaim {
                id: c.id,
                document_id: c.document_id,
                start: c.start,
                end: c.end,
                text: &c.text,
                numeric: c.numeric,
                attributed: c.attributed,
                status: c.status,
                note: c.note.as_deref(),
            };
            out.json(&listed)?;
        } else {
            let status = c.status.map_or("-", Status::as_str);
            out.line(format_args!(
                "{:>6}  {:<12}  {}  {}",
                c.id,
                status,
                kinds(c.numeric, c.attributed),
                one_line(&c.text, 100)
            ))?;
        }
    }
    Ok(())
}
