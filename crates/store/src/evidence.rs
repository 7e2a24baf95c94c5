//! Evidence links: http(s) only, checked here so that every front end
//! shares the rule.

use rusqlite::params;

use crate::listing::claim_by_id;
use crate::{is_web_link, Evidence, NewEvidence, Result, Store, StoreError};

/// An evidence row's columns, in the order `evidence_from_row` reads them.
pub(crate) const EVIDENCE_COLUMNS: &str = "id, claim_id, url, title, quote, added_at";

impl Store {
    /// Attach an evidence link (http or https only) to a claim.
    pub fn add_evidence(&mut self, claim_id: i64, evidence: &NewEvidence) -> Result<Evidence> {
        let url = validate_url(&evidence.url)?;
        claim_by_id(&self.conn, claim_id)?;
        let title = evidence.title.as_deref().unwrap_or("").trim();
        let quote = evidence.quote.as_deref().unwrap_or("").trim();
        let sql = format!("INSERT INTO evidence (claim_id, url, title, quote) VALUES (?1, ?2, ?3, ?4) RETURNING {EVIDENCE_COLUMNS}");
        Ok(self.conn.query_row(
            &sql,
            params![claim_id, url, title, quote],
            evidence_from_row,
        )?)
    }

    pub fn remove_evidence(&mut self, evidence_id: i64) -> Result<()> {
        match self
            .conn
            .execute("DELETE FROM evidence WHERE id = ?1", [evidence_id])?
        {
            0 => Err(StoreError::NotFound {
                what: "evidence",
                id: evidence_id,
            }),
            _ => Ok(()),
        }
    }

    pub fn evidence(&self, claim_id: i64) -> Result<Vec<Evidence>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {EVIDENCE_COLUMNS} FROM evidence WHERE claim_id = ?1 ORDER BY id"
        ))?;
        let rows = stmt.query_map([claim_id], evidence_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

pub(crate) fn evidence_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Evidence> {
    Ok(Evidence {
        id: r.get(0)?,
        claim_id: r.get(1)?,
        url: r.get(2)?,
        title: r.get(3)?,
        quote: r.get(4)?,
        added_at: r.get(5)?,
    })
}

/// Evidence links are opened in the analyst's browser, so only http(s) URLs
/// with a host and no whitespace are accepted.
pub fn validate_url(url: &str) -> Result<String> {
    let url = url.trim();
    if is_web_link(url) {
        Ok(url.to_string())
    } else {
        Err(StoreError::Invalid(format!(
            "not a web link: {url:?} (evidence links must start with http:// or https://)"
        )))
    }
}
