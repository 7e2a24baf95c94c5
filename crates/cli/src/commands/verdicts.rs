//! `verdict`, `undo` and `history`.

use api::model::Status;
use api::{AppError, Desk, VerdictChange};

use super::status_text;
use crate::args::VerdictArg;
use crate::output::Out;

impl From<VerdictArg> for VerdictChange {
    fn from(arg: VerdictArg) -> Self {
        match arg {
            VerdictArg::Corroborated => VerdictChange::Set(Status::Corroborated),
            VerdictArg::Disputed => VerdictChange::Set(Status::Disputed),
            VerdictArg::Unverified => VerdictChange::Set(Status::Unverified),
            VerdictArg::Clear => VerdictChange::Clear,
        }
    }
}

pub fn change(
    desk: &mut Desk,
    claim: i64,
    change: VerdictChange,
    note: Option<&str>,
    evidence: &[String],
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    let v = desk.change_verdict(claim, change, note, evidence)?;
    if json {
        out.json(&v)
    } else {
        out.line(format_args!("claim {claim}: {}", status_text(v.status)))
    }
}

pub fn undo(
    desk: &mut Desk,
    claim: Option<i64>,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    match desk.undo(claim)? {
        Some(v) if json => out.json(&v),
        Some(v) => out.line(format_args!(
            "claim {}: back to {}",
            v.claim_id,
            status_text(v.status)
        )),
        None => Err(AppError::new("nothing_to_undo", "nothing to undo")),
    }
}

pub fn history(desk: &Desk, claim: i64, json: bool, out: &mut Out) -> Result<(), AppError> {
    for e in desk.history(claim)? {
        if json {
            out.json(&e)?;
        } else {
            let note = e.new_note.as_deref().unwrap_or("");
            out.line(format_args!(
                "{}  {:<5}  {} -> {}  {note}",
                e.at,
                e.action,
                status_text(e.old_status),
                status_text(e.new_status)
            ))?;
        }
    }
    Ok(())
}
