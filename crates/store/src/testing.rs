//! Helpers for tests of the store and of the crates above it: they make
//! states a real database reaches only by age or by accident. Compiled only
//! with the `test-support` feature, never into the product.

use std::path::Path;

use rusqlite::Connection;

use crate::{schema, Result, Store};

impl Store {
    /// Create a database at `path` with the schema as it was at `version`
    /// (an older Claimdesk's file), to test the upgrade.
    pub fn create_at_version_for_tests(path: &Path, version: usize) -> Result<()> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        schema::migrations().to_version(&mut conn, version)?;
        Ok(())
    }

    /// Cap the database at its current size plus `extra` pages, so the next
    /// growing write fails as on a full disk.
    pub fn limit_pages_for_tests(&self, extra: i64) -> Result<()> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        self.conn.query_row(
            &format!("PRAGMA max_page_count = {}", pages + extra),
            [],
            |_| Ok(()),
        )?;
        Ok(())
    }
}
