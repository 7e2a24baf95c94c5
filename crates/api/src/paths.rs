//! Where the database lives: `--db`, else `CLAIMDESK_DB`, else the platform
//! data dir (`~/.local/share/app.claimdesk.desktop/claimdesk.db` on Linux).

use std::path::PathBuf;

/// Same identifier as `tauri.conf.json`, so the CLI and the app share a database.
pub const IDENTIFIER: &str = "app.claimdesk.desktop";

pub fn default_db() -> Result<PathBuf, crate::AppError> {
    if let Some(p) = std::env::var_os("CLAIMDESK_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let dirs = directories::ProjectDirs::from_path(PathBuf::from(IDENTIFIER)).ok_or_else(|| {
        crate::AppError::new(
            "no_home",
            "cannot find a home folder for the database; pass --db PATH",
        )
    })?;
    Ok(dirs.data_dir().join("claimdesk.db"))
}
