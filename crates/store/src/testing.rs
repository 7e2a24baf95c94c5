//! Helpers for tests of the store and of the crates above it: they make
//! states a real database reaches only by age or by accident. Compiled only
//! with the `test-support` feature, never into the product.

use std::path::Path;

use rusqlite::Connection;

use crate::{schema, NewClaim, Result, Store};

/// A document of `sentences` joined by `separator` (one byte), with a claim
/// on each sentence: numeric every second one, attributed every third.
pub fn document_of_sentences(sentences: &[String], separator: char) -> (String, Vec<NewClaim>) {
    let mut at = 0;
    let claims = sentences
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let claim = NewClaim {
                start: at,
                end: at + s.len(),
                numeric: k % 2 == 0,
                attributed: k % 3 == 0,
                numbers: vec![],
                sources: vec![],
            };
            at += s.len() + separator.len_utf8();
            claim
        })
        .collect();
    (sentences.join(&separator.to_string()), claims)
}

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
