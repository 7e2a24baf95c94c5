//! `verdict`, `undo` and `history`.

use api::model::Status;
use api::{AppError, Desk, VerdictChange};

use super::status_text;
use crate::args::{VerdictArg, VerdictArgs};
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

/// `verdict`: change one claim's verdict; with `--same-claims`, then give
/// it to the claim's confirmed matches (a second action).
pub fn change(desk: &mut Desk, args: &VerdictArgs, out: &mut Out) -> Result<(), AppError> {
    let claim = args.claim;
    let v = desk.change_verdict(
        claim,
        args.verdict.into(),
        args.note.as_deref(),
        &args.evidence,
    )?;
    let matches = if args.same_claims {
        desk.apply_to_same_claims(claim)?
    } else {
        Vec::new()
    };
    for v in std::iter::once(v).chain(matches) {
        if args.json {
            out.json(&v)?;
        } else {
            out.line(format_args!(
                "claim {}: {}",
                v.claim_id,
                status_text(v.status)
            ))?;
        }
    }
    Ok(())
}

pub fn undo(
    desk: &mut Desk,
    claim: Option<i64>,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    let restored = desk.undo(claim)?;
    if restored.is_empty() {
        return Err(AppError::new("nothing_to_undo", "nothing to undo"));
    }
    for v in restored {
        if json {
            out.json(&v)?;
        } else {
            out.line(format_args!(
                "claim {}: back to {}",
                v.claim_id,
                status_text(v.status)
            ))?;
        }
    }
    Ok(())
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
