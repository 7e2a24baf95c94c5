use std::path::PathBuf;

/// Everything the store can refuse or fail at, each with a message an
/// analyst can act on.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path} is not a Claimdesk database (it is not SQLite or it is damaged); the file was left untouched. Open or create another database with --db.")]
    NotADatabase { path: PathBuf },

    #[error("{path} is a SQLite database of another program, not Claimdesk; the file was left untouched. Choose another path with --db.")]
    ForeignDatabase { path: PathBuf },

    #[error("{path} was written by a newer Claimdesk (schema version {found}, this build knows up to {supported}); update Claimdesk to open it. The file was left untouched.")]
    NewerSchema {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("cannot open {path}: {reason}")]
    CannotOpen { path: PathBuf, reason: String },

    #[error("the database is read-only ({0}); nothing was saved. Check the permissions of the file and its folder.")]
    ReadOnly(String),

    #[error("the disk is full ({0}); nothing was saved. Free some space and try again.")]
    DiskFull(String),

    #[error("another Claimdesk process kept the database busy ({0}); nothing was saved by this step. Try again when it has finished.")]
    Busy(String),

    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: i64 },

    #[error("{0}")]
    Invalid(String),

    #[error("database error: {0}")]
    Sqlite(rusqlite::Error),

    #[error("could not update the database schema: {0}")]
    Migration(#[from] rusqlite_migration::Error),
}

impl From<rusqlite::Error> for StoreError {
    fn from(err: rusqlite::Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match err.sqlite_error_code() {
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly(err.to_string()),
            Some(ErrorCode::DiskFull) => StoreError::DiskFull(err.to_string()),
            Some(ErrorCode::DatabaseBusy) => StoreError::Busy(err.to_string()),
            _ => StoreError::Sqlite(err),
        }
    }
}

impl StoreError {
    /// A stable, machine-readable name for the UI and scripts.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::NotADatabase { .. } => "not_a_database",
            StoreError::ForeignDatabase { .. } => "foreign_database",
            StoreError::NewerSchema { .. } => "newer_schema",
            StoreError::CannotOpen { .. } => "cannot_open",
            StoreError::ReadOnly(_) => "read_only",
            StoreError::DiskFull(_) => "disk_full",
            StoreError::Busy(_) => "busy",
            StoreError::NotFound { .. } => "not_found",
            StoreError::Invalid(_) => "invalid",
            StoreError::Sqlite(_) => "database",
            StoreError::Migration(_) => "migration",
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::ffi;

    /// SQLite's result codes as the user reads them.
    #[test]
    fn sqlite_failures_read_as_what_the_user_can_do() {
        let cases: &[(i32, &str, &str)] = &[
            (ffi::SQLITE_BUSY, "busy", "Try again when it has finished"),
            (ffi::SQLITE_READONLY, "read_only", "Check the permissions"),
            (ffi::SQLITE_FULL, "disk_full", "Free some space"),
            (ffi::SQLITE_CORRUPT, "database", "database error"),
        ];
        for &(code, want, says) in cases {
            let err = StoreError::from(rusqlite::Error::SqliteFailure(ffi::Error::new(code), None));
            assert_eq!(err.code(), want, "{err}");
            assert!(err.to_string().contains(says), "{err}");
        }
    }
}
