//! An open Claimdesk database: the handle every operation runs on.

use std::path::{Path, PathBuf};

use store::Store;

use crate::library::LibraryCache;
use crate::{paths, AppError};

/// An open database and where it lives.
#[derive(Debug)]
pub struct Desk {
    pub(crate) store: Store,
    path: PathBuf,
    /// The library's ranking index, kept between calls.
    pub(crate) library: LibraryCache,
}

impl Desk {
    /// Open (or create) the database at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Desk, AppError> {
        let path = path.as_ref().to_path_buf();
        Ok(Desk {
            store: Store::open(&path)?,
            path,
            library: LibraryCache::default(),
        })
    }

    /// Open `--db PATH` if given, else `$CLAIMDESK_DB`, else the data dir.
    pub fn open_default(db: Option<PathBuf>) -> Result<Desk, AppError> {
        let path = match db {
            Some(p) => p,
            None => paths::default_db()?,
        };
        Desk::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}
