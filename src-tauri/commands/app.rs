//! The app itself: version, which database is open, switching databases.

use std::path::PathBuf;

use api::model::StatusCounts;
use api::{AppError, SharedDesk};
use serde::Serialize;
use ts_rs::TS;

#[derive(Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<AppError>,
    pub totals: Option<StatusCounts>,
    /// Tests only: where exports go instead of asking with a save dialog
    /// (`CLAIMDESK_TEST_SAVE_DIR`), because WebDriver cannot drive native dialogs.
    pub test_save_dir: Option<String>,
}

#[tauri::command]
pub async fn app_info(desk: tauri::State<'_, SharedDesk>) -> Result<AppInfo, AppError> {
    let (totals, db_error) = match desk.run(|d| d.totals()).await {
        Ok(t) => (Some(t), None),
        Err(e) => (None, Some(e)),
    };
    let test_save_dir = std::env::var("CLAIMDESK_TEST_SAVE_DIR")
        .ok()
        .filter(|d| !d.is_empty());
    let db_path = desk.path().display().to_string();
    Ok(AppInfo {
        version: env!("CARGO_PKG_VERSION").to_string(),
        db_path,
        db_error,
        totals,
        test_save_dir,
    })
}

/// Switch to the database at `path`, creating it if it does not exist. If
/// it cannot be opened (not a Claimdesk database, newer, unreadable) the
/// current one stays open and the error says why.
#[tauri::command]
pub async fn open_database(
    desk: tauri::State<'_, SharedDesk>,
    path: String,
) -> Result<AppInfo, AppError> {
    desk.switch_to(PathBuf::from(path)).await?;
    app_info(desk).await
}

/// The files the window was launched with ("Open with Claimdesk"), once:
/// the page imports them as if picked. Later launches send `open-files`.
#[tauri::command]
pub async fn take_files_to_open(
    files: tauri::State<'_, crate::window::FilesToOpen>,
) -> Result<Vec<String>, AppError> {
    let mut files = files.0.lock().unwrap_or_else(|p| p.into_inner());
    let cwd = std::env::current_dir().unwrap_or_default();
    Ok(std::mem::take(&mut *files)
        .iter()
        .map(|f| api::paths::to_open(f, &cwd).display().to_string())
        .collect())
}
