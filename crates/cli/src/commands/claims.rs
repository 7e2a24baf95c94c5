//! `list`: claims matching a filter.

use api::model::{ClaimFilter, Status};
use api::{AppError, Desk};

use crate::output::{kinds, one_line, Out};

/// One line per claim; with `--json` the `ClaimBrief` shape of DESIGN.md
/// (`id, document_id, start, end, text, numeric, attributed, status, note`).
pub fn list(desk: &Desk, filter: &ClaimFilter, json: bool, out: &mut Out) -> Result<(), AppError> {
    desk.each_claim_brief(filter, |c| {
        if json {
            out.json(&c)
        } else {
            let status = c.status.map_or("-", Status::as_str);
            let shown = one_line(&c.text, 100);
            out.line(format_args!(
                "{:>6}  {status:<12}  {}  {shown}",
                c.id,
                kinds(c.numeric, c.attributed)
            ))
        }
    })
}
