//! The library of past fact-checks: items keyed by their address.

use rusqlite::params;

use crate::{LibraryItem, Result, Store};

/// What an import of library items did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LibraryImport {
    /// Items new to the library.
    pub added: usize,
    /// Items whose address was there already: their fields were replaced.
    pub updated: usize,
}

impl Store {
    /// Add or update items (by `url`) in one transaction.
    pub fn import_library(&mut self, items: &[LibraryItem]) -> Result<LibraryImport> {
        let tx = self.write_transaction()?;
        let mut outcome = LibraryImport::default();
        {
            let mut exists = tx.prepare("SELECT 1 FROM library_items WHERE url = ?1")?;
            let mut upsert = tx.prepare(
                "INSERT INTO library_items (url, claim, rating, title, publisher, date)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(url) DO UPDATE SET claim = excluded.claim,
                   rating = excluded.rating, title = excluded.title,
                   publisher = excluded.publisher, date = excluded.date,
                   imported_at = excluded.imported_at",
            )?;
            for item in items {
                if exists.exists([&item.url])? {
                    outcome.updated += 1;
                } else {
                    outcome.added += 1;
                }
                upsert.execute(params![
                    item.url,
                    item.claim,
                    item.rating,
                    item.title,
                    item.publisher,
                    item.date
                ])?;
            }
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Every item, in the order they were first imported.
    pub fn library_items(&self) -> Result<Vec<LibraryItem>> {
        let mut stmt = self.conn.prepare(
            "SELECT url, claim, rating, title, publisher, date FROM library_items ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(LibraryItem {
                url: r.get(0)?,
                claim: r.get(1)?,
                rating: r.get(2)?,
                title: r.get(3)?,
                publisher: r.get(4)?,
                date: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest item and the last change: a cached index of the library
    /// is current while this is the same (two index lookups, no scan).
    pub fn library_version(&self) -> Result<(i64, String)> {
        Ok(self.conn.query_row(
            "SELECT coalesce((SELECT max(id) FROM library_items), 0),
                    coalesce((SELECT max(imported_at) FROM library_items), '')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(url: &str, claim: &str) -> LibraryItem {
        LibraryItem {
            url: url.into(),
            claim: claim.into(),
            rating: Some("False".into()),
            title: None,
            publisher: Some("Snopes".into()),
            date: None,
        }
    }

    #[test]
    fn importing_an_address_again_updates_the_item() {
        let mut store = Store::open_in_memory().unwrap();
        let first = store
            .import_library(&[
                item("https://a.example/1", "one"),
                item("https://a.example/2", "two"),
            ])
            .unwrap();
        assert_eq!(
            first,
            LibraryImport {
                added: 2,
                updated: 0
            }
        );
        let again = store
            .import_library(&[item("https://a.example/2", "two, corrected")])
            .unwrap();
        assert_eq!(
            again,
            LibraryImport {
                added: 0,
                updated: 1
            }
        );
        let items = store.library_items().unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[1].claim, "two, corrected");
    }
}
