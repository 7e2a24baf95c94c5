//! File safety: a file that is not a Claimdesk database, or is from a newer
//! Claimdesk, is refused before SQLite writes a byte to it, and a file we
//! may not write is opened as a read-only snapshot.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::{schema, Result, StoreError};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// Open a connection to `path` after checking its header; also says whether
/// it had to be opened read-only.
pub(crate) fn connect(path: &Path) -> Result<(Connection, bool)> {
    check_header(path)?;
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::CannotOpen {
            path: path.into(),
            reason: format!("cannot create folder {}: {e}", dir.display()),
        })?;
    }
    // A file we may not write is opened as a read-only, immutable
    // snapshot: a WAL database cannot otherwise be read without writing
    // its shared-memory file next to it.
    let writable = !path.exists() || std::fs::OpenOptions::new().write(true).open(path).is_ok();
    let conn = if writable {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(path, flags)
    } else {
        let uri = format!("file:{}?immutable=1", percent_encode_path(path));
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        Connection::open_with_flags(uri, flags)
    }
    .map_err(|e| StoreError::CannotOpen {
        path: path.into(),
        reason: e.to_string(),
    })?;
    Ok((conn, !writable))
}

/// A second connection to a database `connect` opened and `Store::init`
/// checked, for reading beside the first (`listing::parallel`).
pub(crate) fn connect_reader(path: &Path) -> Result<Connection> {
    let (conn, _) = connect(path)?;
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    Ok(conn)
}

/// What the read-only checks found.
pub(crate) struct Probe {
    /// Schema objects in the file (0 for a new database).
    pub objects: i64,
    pub version: i64,
}

/// The checks that read and never write: the file is SQLite, is ours (or
/// empty) and is not from a newer Claimdesk.
pub(crate) fn probe(conn: &Connection, shown: &Path) -> Result<Probe> {
    let probe = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    });
    let objects = match probe {
        Ok(n) => n,
        Err(e) if is_not_a_database(&e) => {
            return Err(StoreError::NotADatabase { path: shown.into() })
        }
        Err(e) => return Err(e.into()),
    };
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    if objects > 0 && app_id != schema::APPLICATION_ID {
        return Err(StoreError::ForeignDatabase { path: shown.into() });
    }
    if version > schema::latest_version() {
        return Err(StoreError::NewerSchema {
            path: shown.into(),
            found: version,
            supported: schema::latest_version(),
        });
    }
    Ok(Probe { objects, version })
}

/// A path as the path part of an SQLite URI.
fn percent_encode_path(path: &Path) -> String {
    let mut out = String::new();
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => {
                out.push(b as char)
            }
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn check_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(StoreError::CannotOpen {
                path: path.into(),
                reason: e.to_string(),
            })
        }
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(StoreError::CannotOpen {
            path: path.into(),
            reason: "it is a folder".into(),
        });
    }
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => {
                return Err(StoreError::CannotOpen {
                    path: path.into(),
                    reason: e.to_string(),
                })
            }
        }
    }
    // An empty file is a database SQLite has not written yet.
    if read == 0 || read == SQLITE_MAGIC.len() && header[..read] == SQLITE_MAGIC[..] {
        Ok(())
    } else {
        Err(StoreError::NotADatabase { path: path.into() })
    }
}

fn is_not_a_database(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ffi::ErrorCode::NotADatabase)
            | Some(rusqlite::ffi::ErrorCode::DatabaseCorrupt)
    )
}
