//! Reports, written where the analyst chose (atomically).

use api::{AppError, ExportOutcome, ExportRequest, SharedDesk};

#[tauri::command]
pub async fn export_report(
    desk: tauri::State<'_, SharedDesk>,
    request: ExportRequest,
) -> Result<ExportOutcome, AppError> {
    desk.run(move |d| d.export(&request)).await
}
