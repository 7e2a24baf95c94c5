//! Claimdesk's SQLite store: documents, the claims found in them, the
//! analyst's verdicts with their append-only history, and evidence.
//!
//! One module per entity, each adding methods to [`Store`]:
//! `documents` (import, the list with counts), `listing` (claim queries and
//! their plan), `verdicts` (set, clear, undo, history), `evidence`,
//! `report` (everything an export needs, in a fixed number of queries),
//! `settings` (the newsroom's, as key/value rows);
//! `file` is what keeps a file that is not ours from being written.
//!
//! Invariants:
//! - claim offsets are UTF-8 byte offsets into `documents.text`;
//! - every verdict change writes the verdict and its `verdict_events` row in
//!   one transaction, and events are never updated (a trigger enforces it);
//! - per-document counts (`document_counts`) are kept by triggers on the
//!   writes themselves, never recounted by a reader;
//! - a file that is not a Claimdesk database, or is from a newer Claimdesk,
//!   is refused before anything is written to it.

mod documents;
mod error;
mod evidence;
mod file;
mod library;
mod listing;
mod relations;
mod report;
mod schema;
mod settings;
#[cfg(feature = "test-support")]
pub mod testing;
mod verdicts;
mod wal;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, Transaction};

pub use documents::sha256_hex;
pub use error::{Result, StoreError};
pub use evidence::validate_url;
pub use library::LibraryImport;
pub use listing::RenderBrief;
pub use model::*;
pub use relations::{ClaimMatch, FigureLink, FigureRef, NewRelations, StoredFigure};
pub use schema::latest_version;
pub use wal::Checkpointer;

/// The verdict status in column `i` of `r` (`NULL` or a name this build
/// does not know: none).
fn status_column(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<Option<Status>> {
    Ok(r.get::<_, Option<String>>(i)?
        .as_deref()
        .and_then(Status::parse))
}

/// SQLite's clock as the store writes it: UTC, milliseconds, ISO 8601.
const NOW: &str = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

/// An open Claimdesk database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

impl Store {
    /// Open the database at `path`, creating it (and its folder) if needed,
    /// and bring its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        let (conn, read_only) = file::connect(&path)?;
        Store::init(conn, Some(path), read_only)
    }

    /// A private database in memory, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Store::init(Connection::open_in_memory()?, None, false)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>, read_only: bool) -> Result<Store> {
        let shown = path.clone().unwrap_or_else(|| PathBuf::from(":memory:"));
        conn.busy_timeout(Duration::from_secs(10))?;
        // Read-only checks first: nothing is written until the file is known
        // to be ours (or new) and not from a newer Claimdesk.
        let file::Probe { objects, version } = file::probe(&conn, &shown)?;
        // Verdicts are few and precious: wait for the disk on every commit.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if read_only {
            // Readable and exportable; every write says why it failed.
            if version != schema::latest_version() {
                return Err(StoreError::ReadOnly(format!(
                    "{} needs a schema upgrade but cannot be written",
                    shown.display()
                )));
            }
            return Ok(Store { conn, path });
        }
        if path.is_some() {
            conn.pragma_update(None, "journal_mode", "WAL")?;
        }
        if objects == 0 {
            conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        }
        schema::migrations().to_latest(&mut conn)?;
        Ok(Store { conn, path })
    }

    /// Every write starts as `BEGIN IMMEDIATE`: it takes the write lock up
    /// front, so a second process waits (busy_timeout) instead of failing
    /// with "database is locked" when a read-then-write cannot be upgraded.
    fn write_transaction(&mut self) -> Result<Transaction<'_>> {
        Ok(self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    /// Where the database lives (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}
