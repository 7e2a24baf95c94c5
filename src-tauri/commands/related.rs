//! Related claims and the library of past fact-checks.

use std::path::PathBuf;

use api::library::LibraryFileResult;
use api::{AppError, RelatedClaims, SharedDesk};

/// Figures for the same quantity, the same claim elsewhere, and past
/// fact-checks, for one claim.
#[tauri::command]
pub async fn related_claims(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
) -> Result<RelatedClaims, AppError> {
    desk.run(move |d| d.related(claim_id)).await
}

/// Import ClaimReview (JSON-LD, or a saved page) or CSV files into the
/// library; a file that fails is reported and the others still import.
#[tauri::command]
pub async fn import_library(
    desk: tauri::State<'_, SharedDesk>,
    paths: Vec<PathBuf>,
) -> Result<Vec<LibraryFileResult>, AppError> {
    desk.run(move |d| Ok(d.import_library_files(&paths))).await
}

/// Relate documents an older version imported (in the background).
#[tauri::command]
pub async fn relate_pending(desk: tauri::State<'_, SharedDesk>) -> Result<usize, AppError> {
    desk.relate_pending().await
}
