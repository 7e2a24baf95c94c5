//! The newsroom's settings (the settings dialog).

use api::model::Settings;
use api::{AppError, SharedDesk};

#[tauri::command]
pub async fn get_settings(desk: tauri::State<'_, SharedDesk>) -> Result<Settings, AppError> {
    desk.run(|d| d.settings()).await
}

/// Check and save every setting at once; the settings as stored.
#[tauri::command]
pub async fn save_settings(
    desk: tauri::State<'_, SharedDesk>,
    settings: Settings,
) -> Result<Settings, AppError> {
    desk.run(move |d| d.save_settings(&settings)).await
}
