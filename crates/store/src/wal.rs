//! Checkpoints off the commit path. SQLite copies the write-ahead log into
//! the database file (a checkpoint) inside the commit that crosses 1,000
//! log pages, so one verdict in about a hundred waited tens of
//! milliseconds for it. A long-lived writer (the window) turns that off
//! and runs [`Checkpointer`] on a thread of its own: a checkpoint on a
//! second connection runs beside the writer's commits, not inside them.

use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::{Result, Store};

impl Store {
    /// Stop this connection's commits from checkpointing; the caller then
    /// runs a [`Checkpointer`] on the same file.
    pub fn leave_checkpoints_to_another_connection(&self) -> Result<()> {
        self.conn.pragma_update(None, "wal_autocheckpoint", 0)?;
        Ok(())
    }
}

/// A second connection that only checkpoints.
pub struct Checkpointer {
    conn: Connection,
}

impl Checkpointer {
    /// Open `path` (which must exist) for checkpoints.
    pub fn open(path: &Path) -> Result<Checkpointer> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Ok(Checkpointer {
            conn: Connection::open_with_flags(path, flags)?,
        })
    }

    /// Copy what the log holds into the database, without waiting for
    /// (or holding up) readers and writers; returns the log pages left to
    /// copy (a reader on an older snapshot keeps some).
    pub fn checkpoint(&self) -> Result<i64> {
        let (busy, log, copied): (i64, i64, i64) =
            self.conn
                .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })?;
        Ok(if busy != 0 || log < 0 {
            -1
        } else {
            log - copied
        })
    }
}
