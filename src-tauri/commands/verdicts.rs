//! Verdicts, undo and evidence. Each returns once the change is committed,
//! which is when the window says "Saved".

use api::model::{Evidence, NewEvidence, Status, Verdict};
use api::{AppError, SharedDesk, VerdictChange, VerdictSaved};

#[tauri::command]
pub async fn set_verdict(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
    status: Status,
    note: Option<String>,
) -> Result<VerdictSaved, AppError> {
    desk.run(move |d| {
        d.change_verdict_and_read(claim_id, VerdictChange::Set(status), note.as_deref())
    })
    .await
}

/// Write the claim's note; its status (a verdict or none yet) stays.
#[tauri::command]
pub async fn save_note(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
    note: String,
) -> Result<VerdictSaved, AppError> {
    desk.run(move |d| d.change_verdict_and_read(claim_id, VerdictChange::KeepStatus, Some(&note)))
        .await
}

#[tauri::command]
pub async fn clear_verdict(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
) -> Result<VerdictSaved, AppError> {
    desk.run(move |d| d.change_verdict_and_read(claim_id, VerdictChange::Clear, None))
        .await
}

#[tauri::command]
pub async fn undo_verdict(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: Option<i64>,
) -> Result<Vec<Verdict>, AppError> {
    desk.run(move |d| d.undo(claim_id)).await
}

/// Give a claim's verdict to its confirmed same-claim matches (one action).
#[tauri::command]
pub async fn apply_to_same_claims(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
) -> Result<Vec<Verdict>, AppError> {
    desk.run(move |d| d.apply_to_same_claims(claim_id)).await
}

#[tauri::command]
pub async fn add_evidence(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
    evidence: NewEvidence,
) -> Result<Evidence, AppError> {
    desk.run(move |d| d.add_evidence(claim_id, &evidence)).await
}

#[tauri::command]
pub async fn remove_evidence(
    desk: tauri::State<'_, SharedDesk>,
    evidence_id: i64,
) -> Result<(), AppError> {
    desk.run(move |d| d.remove_evidence(evidence_id)).await
}
