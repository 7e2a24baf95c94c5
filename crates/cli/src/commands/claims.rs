//! `list`: claims matching a filter.

use std::io::Write;

use api::model::{ClaimBrief, ClaimFilter, Status};
use api::{AppError, Desk};

use crate::args::ListArgs;
use crate::output::{kinds, one_line, Out};

/// `list`: its arguments as a filter.
pub fn list_args(desk: &Desk, args: ListArgs, out: &mut Out) -> Result<(), AppError> {
    let filter = ClaimFilter {
        document_id: args.document,
        status: args.status,
        numeric: args.numeric.then_some(true),
        attributed: args.attributed.then_some(true),
        search: args.search,
        limit: args.limit,
        offset: None,
        conflict: None,
    };
    list(desk, &filter, args.json, out)
}

/// One line per claim; with `--json` the `ClaimBrief` shape of DESIGN.md
/// (`id, document_id, start, end, text, numeric, attributed, status, note`).
fn list(desk: &Desk, filter: &ClaimFilter, json: bool, out: &mut Out) -> Result<(), AppError> {
    let render = |c: &ClaimBrief, line: &mut Vec<u8>| write_line(line, c, json);
    desk.render_claim_briefs(filter, &render, |bytes| out.bytes(bytes))
}

/// A claim as a line of the list, its line break included.
fn write_line(line: &mut Vec<u8>, c: &ClaimBrief, json: bool) {
    if json {
        crate::json::write_claim_brief(line, c);
        line.push(b'\n');
    } else {
        let status = c.status.map_or("-", Status::as_str);
        let shown = one_line(&c.text, 100);
        let kinds = kinds(c.numeric, c.attributed);
        // Writing into a vector cannot fail.
        let _ = writeln!(line, "{:>6}  {status:<12}  {kinds}  {shown}", c.id);
    }
}
