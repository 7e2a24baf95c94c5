//! `verdict`, `undo` and `history`.

use api::model::{Status, Verdict};
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
    print_verdicts(std::iter::once(v).chain(matches), "", args.json, out)
}

/// `note`: write a claim's note and keep its status.
pub fn note(
    desk: &mut Desk,
    claim: i64,
    note: &str,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    let v = desk.change_verdict(claim, VerdictChange::KeepStatus, Some(note), &[])?;
    let said = if v.note.as_deref().is_some_and(|n| !n.is_empty()) {
        "note saved, "
    } else {
        "no note, "
    };
    print_verdicts([v], said, json, out)
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
    print_verdicts(restored, "back to ", json, out)
}

/// Each verdict as JSON, or as `claim N: <said><status>`.
fn print_verdicts(
    verdicts: impl IntoIterator<Item = Verdict>,
    said: &str,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    for v in verdicts {
        if json {
            out.json(&v)?;
        } else {
            out.line(format_args!(
                "claim {}: {said}{}",
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
