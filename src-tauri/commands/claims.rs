//! Claims: a page of the list, one claim in full.

use api::model::ClaimFilter;
use api::{AppError, ClaimDetail, ClaimPage, SharedDesk};

#[tauri::command]
pub async fn list_claims(
    desk: tauri::State<'_, SharedDesk>,
    filter: ClaimFilter,
) -> Result<ClaimPage, AppError> {
    desk.run(move |d| d.claim_page(&filter)).await
}

#[tauri::command]
pub async fn claim_detail(
    desk: tauri::State<'_, SharedDesk>,
    claim_id: i64,
) -> Result<ClaimDetail, AppError> {
    desk.run(move |d| d.claim_detail(claim_id)).await
}
