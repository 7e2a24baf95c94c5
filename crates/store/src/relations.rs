//! Related claims as stored: figures, links between figures for the same
//! quantity, same-claim pairs. Deciding what is related is `related`'s job;
//! this module keeps the answers and finds candidates for the next
//! document (figures of the same kind and a close value; claims sharing
//! words, by FTS5 BM25).

use std::collections::{HashMap, HashSet, VecDeque};

use claims::NumberKind;
use related::Figure;
use rusqlite::{params, OptionalExtension};

use crate::listing::{claim_from_row, CLAIM_COLUMNS};
use crate::{ClaimRow, Result, Store, StoreError};

/// A figure as stored, with the claim and document it is in.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFigure {
    pub id: i64,
    pub claim_id: i64,
    pub document_id: i64,
    pub figure: Figure,
}

/// One end of a link to write: a figure written in the same call (its
/// index in [`NewRelations::figures`]) or one already stored.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FigureRef {
    New(usize),
    Stored(i64),
}

/// A link between two figures for the same quantity.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLink {
    pub a: i64,
    pub b: i64,
    pub reason: String,
    pub conflict: bool,
}

/// What relating one document writes, in one transaction.
#[derive(Debug, Default)]
pub struct NewRelations {
    /// The document's figures, each with its claim.
    pub figures: Vec<(i64, Figure)>,
    /// (a, b, reason, conflict).
    pub links: Vec<(FigureRef, FigureRef, String, bool)>,
    /// Same-claim pairs: (claim, claim, score, confirmed).
    pub matches: Vec<(i64, i64, f64, bool)>,
}

/// A claim the same as another, with the pair's score.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimMatch {
    pub claim_id: i64,
    pub score: f64,
    pub confirmed: bool,
}

/// How many stored figures a new figure is compared with, at most.
const FIGURE_CANDIDATES: usize = 40;

impl Store {
    /// Stored figures of `kind` with a value within a factor of two of
    /// `value`, outside `document_id`.
    pub fn figures_near(
        &self,
        kind: NumberKind,
        value: f64,
        not_document: i64,
    ) -> Result<Vec<StoredFigure>> {
        let (lo, hi) = if value >= 0.0 {
            (value / 2.0, value * 2.0 + 1.0)
        } else {
            (value * 2.0 - 1.0, value / 2.0)
        };
        // The closest values either side, each an index range read in
        // order: no sort of every figure in the range.
        let half = (FIGURE_CANDIDATES / 2) as i64;
        let mut stmt = self.conn.prepare_cached(
            "SELECT * FROM (SELECT id, claim_id, document_id, figure FROM figures
               WHERE kind = ?1 AND value >= ?2 AND value <= ?3 AND document_id <> ?4
               ORDER BY value LIMIT ?6)
             UNION ALL
             SELECT * FROM (SELECT id, claim_id, document_id, figure FROM figures
               WHERE kind = ?1 AND value < ?2 AND value >= ?5 AND document_id <> ?4
               ORDER BY value DESC LIMIT ?6)",
        )?;
        let rows = stmt.query_map(
            params![kind_name(kind), value, hi, not_document, lo, half],
            figure_from_row,
        )?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .collect()
    }

    /// Claims of other documents that share at least two of `terms` (words
    /// as written, lower-cased), newest first. Two words in common keeps the
    /// candidates few however common one word is; newest first (not BM25)
    /// lets the index stop at `limit` instead of scoring every match, and a
    /// claim is repeated by the coverage that follows it.
    pub fn claim_candidates(
        &self,
        terms: &[String],
        not_document: i64,
        limit: usize,
    ) -> Result<Vec<ClaimRow>> {
        let words: Vec<String> = terms
            .iter()
            .filter(|t| !t.is_empty() && t.chars().all(char::is_alphanumeric))
            .map(|t| format!("\"{t}\""))
            .collect();
        let mut pairs = Vec::new();
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                pairs.push(format!("({a} AND {b})"));
            }
        }
        if pairs.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM claims_fts f JOIN claims c ON c.id = f.rowid
             LEFT JOIN verdicts v ON v.claim_id = c.id
             WHERE claims_fts MATCH ?1 AND c.document_id <> ?2
             ORDER BY f.rowid DESC LIMIT {limit}"
        );
        // The limit is written into the SQL, not bound: a bound LIMIT on a
        // full-text query made SQLite prepare the statement again on
        // every call (a tenth of the time relating took).
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params![pairs.join(" OR "), not_document], claim_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Relate a document under the write lock: `compute` reads what is
    /// stored and its relations are saved before any other writer runs.
    /// Two processes relating at once (a background `related --pending`
    /// and the window) thus never miss each other's figures, and a
    /// document is related once. `version` is that of the rules `compute`
    /// follows: relations of older rules are dropped first
    /// ([`Store::drop_relations_older_than`]), so every stored relation
    /// comes from the rules `relations_version` names. False when the
    /// document was related already.
    pub fn relate_exclusively<E: From<StoreError>>(
        &mut self,
        document_id: i64,
        version: i64,
        compute: impl FnOnce(&Store) -> std::result::Result<NewRelations, E>,
    ) -> std::result::Result<bool, E> {
        self.conn
            .execute_batch("BEGIN IMMEDIATE")
            .map_err(StoreError::from)?;
        let outcome = (|| {
            drop_older_relations(&self.conn, version)?;
            if self.is_related(document_id)? {
                return Ok(false);
            }
            let new = compute(self)?;
            write_relations(&self.conn, document_id, &new)?;
            Ok(true)
        })();
        let committed = match outcome {
            Ok(_) => self.conn.execute_batch("COMMIT"),
            Err(_) => Ok(()),
        };
        if outcome.is_err() || committed.is_err() {
            // A failed COMMIT (a full disk) can leave the transaction open.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        committed.map_err(StoreError::from)?;
        outcome
    }

    /// Whether a document's relations were computed.
    pub fn is_related(&self, document_id: i64) -> Result<bool> {
        Ok(self
            .conn
            .query_row(
                "SELECT 1 FROM related_documents WHERE document_id = ?1",
                [document_id],
                |_| Ok(()),
            )
            .optional()?
            .is_some())
    }

    /// Drop every stored relation when they were computed by rules older
    /// than `version`, and record `version`: each document is then
    /// unrelated, and relating it again computes it by the rules of now.
    /// Relations are derived data (nothing the analyst wrote is in them),
    /// and one version throughout keeps every pair decided by one rule.
    /// Newer relations are left alone: a newer Claimdesk computed them.
    /// True when relations were dropped.
    pub fn drop_relations_older_than(&mut self, version: i64) -> Result<bool> {
        // Read first: a database that cannot be written, and whose
        // relations are current, is not asked for the write lock.
        if stored_relations_version(&self.conn)? >= version {
            return Ok(false);
        }
        let tx = self.write_transaction()?;
        let dropped = drop_older_relations(&tx, version)?;
        tx.commit()?;
        Ok(dropped)
    }

    /// Documents whose relations were never computed (imported by an
    /// older version, or interrupted), oldest first.
    pub fn unrelated_documents(&self) -> Result<Vec<i64>> {
        let mut stmt = self.conn.prepare(
            "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM related_documents) ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn figures_of_claim(&self, claim_id: i64) -> Result<Vec<StoredFigure>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, claim_id, document_id, figure FROM figures WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], figure_from_row)?;
        rows.collect::<rusqlite::Result<Vec<_>>>()?
            .into_iter()
            .collect()
    }

    /// The figures linked to `start`, directly or through others (at most
    /// `max`), and the links among them.
    pub fn figure_group(
        &self,
        start: &[i64],
        max: usize,
    ) -> Result<(Vec<StoredFigure>, Vec<FigureLink>)> {
        let mut seen: HashSet<i64> = start.iter().copied().collect();
        let mut queue: VecDeque<i64> = start.iter().copied().collect();
        let mut links: HashMap<(i64, i64), FigureLink> = HashMap::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT a, b, reason, conflict FROM figure_links WHERE a = ?1
             UNION ALL SELECT a, b, reason, conflict FROM figure_links WHERE b = ?1",
        )?;
        while let Some(id) = queue.pop_front() {
            let rows = stmt.query_map([id], link_from_row)?;
            for link in rows {
                let link = link?;
                let other = if link.a == id { link.b } else { link.a };
                if seen.len() < max && seen.insert(other) {
                    queue.push_back(other);
                }
                links.entry((link.a, link.b)).or_insert(link);
            }
        }
        let mut figures = Vec::with_capacity(seen.len());
        let mut one = self.conn.prepare_cached(
            "SELECT id, claim_id, document_id, figure FROM figures WHERE id = ?1",
        )?;
        let mut ids: Vec<i64> = seen.into_iter().collect();
        ids.sort_unstable();
        for id in &ids {
            figures.push(one.query_row([id], figure_from_row)??);
        }
        let mut links: Vec<FigureLink> = links
            .into_values()
            .filter(|l| ids.binary_search(&l.a).is_ok() && ids.binary_search(&l.b).is_ok())
            .collect();
        links.sort_by_key(|l| (l.a, l.b));
        Ok((figures, links))
    }

    /// The links whose two ends are both in `figures` (ids, sorted).
    pub fn links_among(&self, figures: &[i64]) -> Result<Vec<FigureLink>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT a, b, reason, conflict FROM figure_links WHERE a = ?1")?;
        let mut out = Vec::new();
        for &a in figures {
            let rows = stmt.query_map([a], link_from_row)?;
            for link in rows {
                let link = link?;
                if figures.binary_search(&link.b).is_ok() {
                    out.push(link);
                }
            }
        }
        Ok(out)
    }

    /// Claims the same as `claim_id`, best first.
    pub fn claim_matches(&self, claim_id: i64) -> Result<Vec<ClaimMatch>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT b, score, confirmed FROM claim_matches WHERE a = ?1
             UNION ALL SELECT a, score, confirmed FROM claim_matches WHERE b = ?1
             ORDER BY 2 DESC",
        )?;
        let rows = stmt.query_map([claim_id], |r| {
            Ok(ClaimMatch {
                claim_id: r.get(0)?,
                score: r.get(1)?,
                confirmed: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A link read from `a, b, reason, conflict`.
fn link_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<FigureLink> {
    Ok(FigureLink {
        a: r.get(0)?,
        b: r.get(1)?,
        reason: r.get(2)?,
        conflict: r.get(3)?,
    })
}

fn kind_name(kind: NumberKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn figure_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Result<StoredFigure>> {
    let json: String = r.get(3)?;
    let (id, claim_id, document_id) = (r.get(0)?, r.get(1)?, r.get(2)?);
    Ok(serde_json::from_str(&json)
        .map(|figure| StoredFigure {
            id,
            claim_id,
            document_id,
            figure,
        })
        .map_err(|e| StoreError::Invalid(format!("figure {id} cannot be read: {e}"))))
}

/// The version of the relating rules that computed the stored relations.
fn stored_relations_version(conn: &rusqlite::Connection) -> Result<i64> {
    Ok(conn.query_row("SELECT version FROM relations_version", [], |r| r.get(0))?)
}

/// [`Store::drop_relations_older_than`], inside the caller's transaction.
fn drop_older_relations(tx: &rusqlite::Connection, version: i64) -> Result<bool> {
    if stored_relations_version(tx)? >= version {
        return Ok(false);
    }
    tx.execute_batch(
        "DELETE FROM claim_matches;
         DELETE FROM figure_links;
         DELETE FROM conflicted_claims;
         DELETE FROM figures;
         DELETE FROM related_documents;",
    )?;
    tx.execute("UPDATE relations_version SET version = ?1", [version])?;
    Ok(true)
}

/// Write one document's figures, links and same-claim pairs, and mark the
/// document related, inside the caller's transaction.
fn write_relations(tx: &rusqlite::Connection, document_id: i64, new: &NewRelations) -> Result<()> {
    tx.execute(
        "INSERT OR IGNORE INTO related_documents (document_id) VALUES (?1)",
        [document_id],
    )?;
    let mut ids = Vec::with_capacity(new.figures.len());
    {
        let mut insert = tx.prepare_cached(
            "INSERT INTO figures (claim_id, document_id, figure, kind, value)
             SELECT ?1, document_id, ?2, ?3, ?4 FROM claims WHERE id = ?1",
        )?;
        for (claim_id, f) in &new.figures {
            let json = serde_json::to_string(f).map_err(|e| StoreError::Invalid(e.to_string()))?;
            insert.execute(params![claim_id, json, kind_name(f.kind), f.value])?;
            ids.push(tx.last_insert_rowid());
        }
        let id_of = |r: FigureRef| match r {
            FigureRef::New(i) => ids[i],
            FigureRef::Stored(id) => id,
        };
        let mut link = tx.prepare_cached(
            "INSERT OR IGNORE INTO figure_links (a, b, reason, conflict) VALUES (?1, ?2, ?3, ?4)",
        )?;
        let mut conflicted = tx.prepare_cached(
            "INSERT OR IGNORE INTO conflicted_claims (claim_id)
             SELECT claim_id FROM figures WHERE id IN (?1, ?2)",
        )?;
        for (a, b, reason, conflict) in &new.links {
            let (a, b) = (id_of(*a), id_of(*b));
            link.execute(params![a.min(b), a.max(b), reason, conflict])?;
            if *conflict {
                conflicted.execute(params![a, b])?;
            }
        }
        let mut pair = tx.prepare_cached(
            "INSERT OR REPLACE INTO claim_matches (a, b, score, confirmed) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (a, b, score, confirmed) in &new.matches {
            pair.execute(params![a.min(b), a.max(b), score, confirmed])?;
        }
    }
    Ok(())
}
