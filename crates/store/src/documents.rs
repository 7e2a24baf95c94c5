//! Documents: import (a document and its claims in one transaction), the
//! list with review counts, one document's text.

use rusqlite::{params, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

use crate::{
    Document, DocumentSummary, ImportOutcome, NewClaim, NewDocument, Result, StatusCounts, Store,
    StoreError,
};

/// A document's columns, in the order `document_from_row` reads them.
const DOCUMENT_COLUMNS: &str =
    "id, title, origin, publisher, published_at, imported_at, sha256, text, author";

impl Store {
    /// Store a document and its claims in one transaction. The same text
    /// imported again is not duplicated: the outcome says so and names the
    /// document already there.
    pub fn import(&mut self, doc: &NewDocument, claims: &[NewClaim]) -> Result<ImportOutcome> {
        check_import(doc, claims)?;
        let tx = self.write_transaction()?;
        let outcome = import_in(&tx, doc, claims)?;
        tx.commit()?;
        Ok(outcome)
    }

    /// Store many documents in one transaction (one disk sync for them
    /// all); a document that does not fit is refused before anything is
    /// written. Outcomes come in the order of `docs`.
    pub fn import_many(
        &mut self,
        docs: &[(NewDocument, Vec<NewClaim>)],
    ) -> Result<Vec<ImportOutcome>> {
        for (doc, claims) in docs {
            check_import(doc, claims)?;
        }
        let tx = self.write_transaction()?;
        let outcomes = docs
            .iter()
            .map(|(doc, claims)| import_in(&tx, doc, claims))
            .collect::<Result<Vec<_>>>()?;
        tx.commit()?;
        Ok(outcomes)
    }

    /// All documents, newest first, with their review counts (kept by
    /// triggers in `document_counts`, so this reads one row per document).
    pub fn documents(&self) -> Result<Vec<DocumentSummary>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.id, d.title, d.origin, d.publisher, d.published_at, d.imported_at,
                    n.claims, n.corroborated, n.disputed, n.unverified
             FROM documents d JOIN document_counts n ON n.document_id = d.id
             ORDER BY d.id DESC",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(DocumentSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                origin: r.get(2)?,
                publisher: r.get(3)?,
                published_at: r.get(4)?,
                imported_at: r.get(5)?,
                counts: counts(r.get(6)?, r.get(7)?, r.get(8)?, r.get(9)?),
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Claim counts by review state over the whole database.
    pub fn totals(&self) -> Result<StatusCounts> {
        let sums = "SELECT coalesce(sum(claims), 0), coalesce(sum(corroborated), 0),
                           coalesce(sum(disputed), 0), coalesce(sum(unverified), 0)
                    FROM document_counts";
        Ok(self.conn.query_row(sums, [], |r| {
            Ok(counts(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?)
    }

    /// One document's review counts (all zero for an unknown id).
    pub fn document_counts(&self, id: i64) -> Result<StatusCounts> {
        let sql = "SELECT claims, corroborated, disputed, unverified FROM document_counts WHERE document_id = ?1";
        let found = self
            .conn
            .query_row(sql, [id], |r| {
                Ok(counts(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        Ok(found.unwrap_or_default())
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        let sql = format!("SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?1");
        self.conn
            .query_row(&sql, [id], document_from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                what: "document",
                id,
            })
    }

    /// Documents by id, oldest first (all of them when `only` is `None`).
    pub(crate) fn documents_in_order(&self, only: Option<i64>) -> Result<Vec<Document>> {
        if let Some(id) = only {
            return Ok(vec![self.document(id)?]);
        }
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {DOCUMENT_COLUMNS} FROM documents ORDER BY id"
        ))?;
        let rows = stmt.query_map([], document_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

fn counts(claims: u32, corroborated: u32, disputed: u32, unverified: u32) -> StatusCounts {
    let reviewed = corroborated + disputed + unverified;
    StatusCounts {
        claims,
        not_reviewed: claims.saturating_sub(reviewed),
        corroborated,
        disputed,
        unverified,
    }
}

fn document_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: r.get(0)?,
        title: r.get(1)?,
        origin: r.get(2)?,
        publisher: r.get(3)?,
        published_at: r.get(4)?,
        imported_at: r.get(5)?,
        sha256: r.get(6)?,
        text: r.get(7)?,
        author: r.get(8)?,
    })
}

/// A document must have text, and every claim span must lie inside it on
/// char boundaries.
fn check_import(doc: &NewDocument, claims: &[NewClaim]) -> Result<()> {
    if doc.text.trim().is_empty() {
        return Err(StoreError::Invalid("the document is empty".into()));
    }
    let fits = |c: &NewClaim| {
        c.start <= c.end
            && c.end <= doc.text.len()
            && doc.text.is_char_boundary(c.start)
            && doc.text.is_char_boundary(c.end)
    };
    match claims.iter().find(|c| !fits(c)) {
        Some(c) => Err(StoreError::Invalid(format!(
            "claim span {}..{} does not fit the document",
            c.start, c.end
        ))),
        None => Ok(()),
    }
}

/// Insert one checked document and its claims inside `tx`, or name the
/// document that already has this text.
fn import_in(
    tx: &Transaction<'_>,
    doc: &NewDocument,
    claims: &[NewClaim],
) -> Result<ImportOutcome> {
    let sha = sha256_hex(&doc.text);
    let existing: Option<(i64, String)> = tx
        .query_row(
            "SELECT id, title FROM documents WHERE sha256 = ?1",
            [&sha],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((id, title)) = existing {
        let n: i64 = tx.query_row(
            "SELECT claims FROM document_counts WHERE document_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        return Ok(ImportOutcome {
            id,
            title,
            claims: n as usize,
            duplicate: true,
        });
    }
    let title = if doc.title.trim().is_empty() {
        default_title(&doc.text)
    } else {
        doc.title.trim().to_string()
    };
    tx.execute(
        "INSERT INTO documents (title, origin, publisher, published_at, text, sha256, author) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![title, doc.origin, doc.publisher, doc.published_at, doc.text, sha, doc.author],
    )?;
    let id = tx.last_insert_rowid();
    let mut insert = tx.prepare_cached(
        "INSERT INTO claims (document_id, start, end, text, numeric, attributed, extraction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for c in claims {
        let extraction =
            serde_json::json!({ "numbers": c.numbers, "sources": c.sources }).to_string();
        insert.execute(params![
            id,
            c.start as i64,
            c.end as i64,
            &doc.text[c.start..c.end],
            c.numeric,
            c.attributed,
            extraction
        ])?;
    }
    Ok(ImportOutcome {
        id,
        title,
        claims: claims.len(),
        duplicate: false,
    })
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The first non-empty line, shortened: what an analyst would call the article.
fn default_title(text: &str) -> String {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("Untitled");
    match line.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}
