//! Claimdesk's SQLite store: documents, the claims found in them, the
//! analyst's verdicts with their append-only history, and evidence.
//!
//! Invariants:
//! - claim offsets are UTF-8 byte offsets into `documents.text`;
//! - every verdict change writes the verdict and its `verdict_events` row in
//!   one transaction, and events are never updated (a trigger enforces it);
//! - a file that is not a Claimdesk database, or is from a newer Claimdesk,
//!   is refused before anything is written to it.

mod error;
mod model;
mod schema;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, Transaction};
use sha2::{Digest, Sha256};

pub use error::{Result, StoreError};
pub use model::*;
pub use schema::latest_version;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
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
        check_header(&path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| StoreError::CannotOpen {
                path: path.clone(),
                reason: format!("cannot create folder {}: {e}", dir.display()),
            })?;
        }
        // A file we may not write is opened as a read-only, immutable
        // snapshot: a WAL database cannot otherwise be read without writing
        // its shared-memory file next to it.
        let writable = !path.exists() || std::fs::OpenOptions::new().write(true).open(&path).is_ok();
        let conn = if writable {
            Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        } else {
            let uri = format!("file:{}?immutable=1", percent_encode_path(&path));
            Connection::open_with_flags(uri, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        }
        .map_err(|e| StoreError::CannotOpen { path: path.clone(), reason: e.to_string() })?;
        Store::init(conn, Some(path), !writable)
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
        let probe = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0));
        let objects = match probe {
            Ok(n) => n,
            Err(e) if is_not_a_database(&e) => return Err(StoreError::NotADatabase { path: shown }),
            Err(e) => return Err(e.into()),
        };
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let app_id: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if objects > 0 && app_id != schema::APPLICATION_ID {
            return Err(StoreError::ForeignDatabase { path: shown });
        }
        if version > schema::latest_version() {
            return Err(StoreError::NewerSchema { path: shown, found: version, supported: schema::latest_version() });
        }
        // Verdicts are few and precious: wait for the disk on every commit.
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        if read_only {
            // Readable and exportable; every write says why it failed.
            if version != schema::latest_version() {
                return Err(StoreError::ReadOnly(format!("{} needs a schema upgrade but cannot be written", shown.display())));
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
        Ok(self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?)
    }

    /// Where the database lives (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Store a document and its claims in one transaction. The same text
    /// imported again is not duplicated: the outcome says so and names the
    /// document already there.
    pub fn import(&mut self, doc: &NewDocument, claims: &[NewClaim]) -> Result<ImportOutcome> {
        if doc.text.trim().is_empty() {
            return Err(StoreError::Invalid("the document is empty".into()));
        }
        for c in claims {
            if c.start > c.end || c.end > doc.text.len() || !doc.text.is_char_boundary(c.start) || !doc.text.is_char_boundary(c.end) {
                return Err(StoreError::Invalid(format!("claim span {}..{} does not fit the document", c.start, c.end)));
            }
        }
        let sha = sha256_hex(&doc.text);
        let tx = self.write_transaction()?;
        let existing: Option<(i64, String)> = tx
            .query_row("SELECT id, title FROM documents WHERE sha256 = ?1", [&sha], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        if let Some((id, title)) = existing {
            let n: i64 = tx.query_row("SELECT count(*) FROM claims WHERE document_id = ?1", [id], |r| r.get(0))?;
            return Ok(ImportOutcome { id, title, claims: n as usize, duplicate: true });
        }
        let title = if doc.title.trim().is_empty() { default_title(&doc.text) } else { doc.title.trim().to_string() };
        tx.execute(
            "INSERT INTO documents (title, origin, publisher, published_at, text, sha256) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![title, doc.origin, doc.publisher, doc.published_at, doc.text, sha],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut insert = tx.prepare(
                "INSERT INTO claims (document_id, start, end, text, numeric, attributed, extraction) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for c in claims {
                let extraction = serde_json::json!({ "numbers": c.numbers, "sources": c.sources }).to_string();
                insert.execute(params![id, c.start as i64, c.end as i64, &doc.text[c.start..c.end], c.numeric, c.attributed, extraction])?;
            }
        }
        tx.commit()?;
        Ok(ImportOutcome { id, title, claims: claims.len(), duplicate: false })
    }

    /// All documents, newest first, with their review counts.
    pub fn documents(&self) -> Result<Vec<DocumentSummary>> {
        // Claims per document come from one index, verdicts per document from
        // another (a verdict carries its claim's document). Joining every
        // claim to its verdict is what made this slow at 100,000 claims.
        let mut counts: std::collections::HashMap<i64, StatusCounts> = std::collections::HashMap::new();
        {
            let mut stmt = self.conn.prepare("SELECT document_id, count(*) FROM claims GROUP BY document_id")?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let c = counts.entry(r.get(0)?).or_default();
                c.claims = r.get(1)?;
                c.not_reviewed = c.claims;
            }
            let mut stmt = self.conn.prepare(
                "SELECT document_id, status, count(*) FROM verdicts GROUP BY status, document_id",
            )?;
            let mut rows = stmt.query([])?;
            while let Some(r) = rows.next()? {
                let c = counts.entry(r.get(0)?).or_default();
                add_status(c, r.get::<_, String>(1)?.as_str(), r.get(2)?);
            }
        }
        let mut stmt = self.conn.prepare("SELECT id, title, origin, publisher, published_at, imported_at FROM documents ORDER BY id DESC")?;
        let rows = stmt.query_map([], |r| {
            Ok(DocumentSummary {
                id: r.get(0)?,
                title: r.get(1)?,
                origin: r.get(2)?,
                publisher: r.get(3)?,
                published_at: r.get(4)?,
                imported_at: r.get(5)?,
                counts: StatusCounts::default(),
            })
        })?;
        let mut docs: Vec<DocumentSummary> = rows.collect::<Result<_, _>>()?;
        for d in &mut docs {
            d.counts = counts.get(&d.id).copied().unwrap_or_default();
        }
        Ok(docs)
    }

    /// Claim counts by review state over the whole database.
    pub fn totals(&self) -> Result<StatusCounts> {
        let claims: u32 = self.conn.query_row("SELECT count(*) FROM claims", [], |r| r.get(0))?;
        let mut c = StatusCounts { claims, not_reviewed: claims, ..StatusCounts::default() };
        let mut stmt = self.conn.prepare("SELECT status, count(*) FROM verdicts GROUP BY status")?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            add_status(&mut c, r.get::<_, String>(0)?.as_str(), r.get(1)?);
        }
        Ok(c)
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        self.conn
            .query_row(
                "SELECT id, title, origin, publisher, published_at, imported_at, sha256, text FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok(Document {
                        id: r.get(0)?,
                        title: r.get(1)?,
                        origin: r.get(2)?,
                        publisher: r.get(3)?,
                        published_at: r.get(4)?,
                        imported_at: r.get(5)?,
                        sha256: r.get(6)?,
                        text: r.get(7)?,
                    })
                },
            )
            .optional()?
            .ok_or(StoreError::NotFound { what: "document", id })
    }

    /// Claims matching `filter`, newest document first, in document order.
    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRow>> {
        let (plan, _) = Plan::of(&self.conn, filter)?;
        self.claims_by(filter, plan)
    }

    /// How many claims match `filter` (ignoring its limit and offset).
    pub fn count_claims(&self, filter: &ClaimFilter) -> Result<u32> {
        let (plan, search_matches) = Plan::of(&self.conn, filter)?;
        self.count_by(filter, plan, search_matches)
    }

    /// A page of claims and how many match in all: what the window's list
    /// asks for, with the query planned (and a search counted) once.
    pub fn claims_and_count(&self, filter: &ClaimFilter) -> Result<(Vec<ClaimRow>, u32)> {
        let (plan, search_matches) = Plan::of(&self.conn, filter)?;
        Ok((self.claims_by(filter, plan)?, self.count_by(filter, plan, search_matches)?))
    }

    fn claims_by(&self, filter: &ClaimFilter, plan: Plan) -> Result<Vec<ClaimRow>> {
        let (where_sql, args) = claim_where(filter, plan);
        // Page over ids in the leading index's order; then read the full
        // rows of the page. (Sorting whole rows, text and extraction JSON
        // included, is what made a filtered page slow at 100,000 claims.)
        let page = match filter.limit {
            Some(limit) => format!(" LIMIT {limit} OFFSET {}", filter.offset.unwrap_or(0)),
            None => String::new(),
        };
        let sql = format!(
            "SELECT c.id, c.document_id, c.start, c.end, c.text, c.numeric, c.attributed, c.extraction,
                    v.status, v.note, v.updated_at
             FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
             WHERE c.id IN (SELECT {} FROM {} WHERE {where_sql} ORDER BY {}{page})
             ORDER BY c.document_id DESC, c.start",
            plan.id(),
            plan.from(filter),
            plan.order(),
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(args), claim_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// `search_matches`: how many claims the filter's search matches, if it has one.
    fn count_by(&self, filter: &ClaimFilter, plan: Plan, search_matches: Option<u32>) -> Result<u32> {
        if let Some(matches) = search_matches {
            if filter.status.is_none() && filter.document_id.is_none() && filter.numeric.is_none() && filter.attributed.is_none() {
                return Ok(matches);
            }
        }
        if search_matches.is_some() || filter.numeric.is_some() || filter.attributed.is_some() {
            let (where_sql, args) = claim_where(filter, plan);
            let sql = format!("SELECT count(*) FROM {} WHERE {where_sql}", plan.from(filter));
            return Ok(self.conn.query_row(&sql, rusqlite::params_from_iter(args), |r| r.get(0))?);
        }
        // Only a status and a document: counted on the indexes alone, never
        // by joining every claim to its verdict. (Two spellings of each query
        // because `?1 IS NULL OR document_id = ?1` would not use an index.)
        let count = |sql: &str, args: &[&dyn rusqlite::ToSql]| -> Result<u32> { Ok(self.conn.query_row(sql, args, |r| r.get(0))?) };
        let claims = || match filter.document_id {
            None => count("SELECT count(*) FROM claims", &[]),
            Some(d) => count("SELECT count(*) FROM claims WHERE document_id = ?1", &[&d]),
        };
        let verdicts = |status: Option<Status>| {
            let statuses = match status {
                Some(s) => vec![s.as_str()],
                None => Status::ALL.iter().map(|s| s.as_str()).collect(),
            };
            let list = statuses.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ");
            match filter.document_id {
                None => count(&format!("SELECT count(*) FROM verdicts WHERE status IN ({list})"), &[]),
                Some(d) => count(&format!("SELECT count(*) FROM verdicts WHERE status IN ({list}) AND document_id = ?1"), &[&d]),
            }
        };
        match filter.status.map(StatusFilter::status) {
            None => claims(),
            Some(None) => Ok(claims()?.saturating_sub(verdicts(None)?)),
            Some(Some(status)) => verdicts(Some(status)),
        }
    }

    pub fn claim(&self, id: i64) -> Result<ClaimRow> {
        claim_by_id(&self.conn, id)
    }

    /// Set a claim's verdict. `note: None` keeps the note it had.
    pub fn set_verdict(&mut self, claim_id: i64, status: Status, note: Option<&str>) -> Result<Verdict> {
        let tx = self.write_transaction()?;
        let old = current_verdict(&tx, claim_id)?;
        let note = note.map(str::to_string).or_else(|| old.note.clone()).unwrap_or_default();
        tx.execute(
            &format!(
                "INSERT INTO verdicts (claim_id, status, note, updated_at) VALUES (?1, ?2, ?3, {NOW})
                 ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"
            ),
            params![claim_id, status.as_str(), note],
        )?;
        record_event(&tx, claim_id, "set", &old, Some(status), Some(&note), None)?;
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(verdict)
    }

    /// Mark a claim as not reviewed again (the history keeps what it was).
    pub fn clear_verdict(&mut self, claim_id: i64) -> Result<Verdict> {
        let tx = self.write_transaction()?;
        let old = current_verdict(&tx, claim_id)?;
        if old.status.is_some() {
            tx.execute("DELETE FROM verdicts WHERE claim_id = ?1", [claim_id])?;
            record_event(&tx, claim_id, "clear", &old, None, None, None)?;
        }
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(verdict)
    }

    /// Undo the latest change that is not undone yet: of one claim, or of
    /// any claim. The undo is itself a new event; nothing is rewritten.
    /// Returns `None` when there is nothing left to undo.
    pub fn undo(&mut self, claim_id: Option<i64>) -> Result<Option<Verdict>> {
        let tx = self.write_transaction()?;
        let target: Option<(i64, i64, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT e.id, e.claim_id, e.old_status, e.old_note FROM verdict_events e
                 WHERE e.action != 'undo' AND (?1 IS NULL OR e.claim_id = ?1)
                   AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = e.id)
                 ORDER BY e.id DESC LIMIT 1",
                [claim_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let Some((event_id, claim_id, old_status, old_note)) = target else {
            return Ok(None);
        };
        let current = current_verdict(&tx, claim_id)?;
        let restored = old_status.as_deref().and_then(Status::parse);
        match restored {
            Some(status) => {
                tx.execute(
                    &format!(
                        "INSERT INTO verdicts (claim_id, status, note, updated_at) VALUES (?1, ?2, ?3, {NOW})
                         ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"
                    ),
                    params![claim_id, status.as_str(), old_note.clone().unwrap_or_default()],
                )?;
            }
            None => {
                tx.execute("DELETE FROM verdicts WHERE claim_id = ?1", [claim_id])?;
            }
        }
        record_event(&tx, claim_id, "undo", &current, restored, old_note.as_deref(), Some(event_id))?;
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(Some(verdict))
    }

    /// A claim's verdict history, oldest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<VerdictEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, claim_id, action, old_status, new_status, old_note, new_note, undoes, at
             FROM verdict_events WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], |r| {
            Ok(VerdictEvent {
                id: r.get(0)?,
                claim_id: r.get(1)?,
                action: r.get(2)?,
                old_status: r.get::<_, Option<String>>(3)?.as_deref().and_then(Status::parse),
                new_status: r.get::<_, Option<String>>(4)?.as_deref().and_then(Status::parse),
                old_note: r.get(5)?,
                new_note: r.get(6)?,
                undoes: r.get(7)?,
                at: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Attach an evidence link (http or https only) to a claim.
    pub fn add_evidence(&mut self, claim_id: i64, evidence: &NewEvidence) -> Result<Evidence> {
        let url = validate_url(&evidence.url)?;
        claim_by_id(&self.conn, claim_id)?;
        self.conn.execute(
            "INSERT INTO evidence (claim_id, url, title, quote) VALUES (?1, ?2, ?3, ?4)",
            params![
                claim_id,
                url,
                evidence.title.as_deref().unwrap_or("").trim(),
                evidence.quote.as_deref().unwrap_or("").trim()
            ],
        )?;
        let id = self.conn.last_insert_rowid();
        Ok(self.evidence(claim_id)?.into_iter().find(|e| e.id == id).expect("row just inserted"))
    }

    pub fn remove_evidence(&mut self, evidence_id: i64) -> Result<()> {
        match self.conn.execute("DELETE FROM evidence WHERE id = ?1", [evidence_id])? {
            0 => Err(StoreError::NotFound { what: "evidence", id: evidence_id }),
            _ => Ok(()),
        }
    }

    pub fn evidence(&self, claim_id: i64) -> Result<Vec<Evidence>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, claim_id, url, title, quote, added_at FROM evidence WHERE claim_id = ?1 ORDER BY id")?;
        let rows = stmt.query_map([claim_id], evidence_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Everything a report needs, for one document or all, optionally only
    /// claims in one review state. Documents come oldest first.
    pub fn report_data(&self, document_id: Option<i64>, status: Option<StatusFilter>) -> Result<ReportData> {
        let mut ids: Vec<i64> = match document_id {
            Some(id) => vec![self.document(id)?.id],
            None => self.documents()?.into_iter().map(|d| d.id).collect(),
        };
        ids.sort_unstable();
        let mut evidence_stmt = self
            .conn
            .prepare("SELECT id, claim_id, url, title, quote, added_at FROM evidence WHERE claim_id = ?1 ORDER BY id")?;
        let mut documents = Vec::with_capacity(ids.len());
        for id in ids {
            let document = self.document(id)?;
            let claims = self.claims(&ClaimFilter { document_id: Some(id), status, ..ClaimFilter::default() })?;
            let mut report_claims = Vec::with_capacity(claims.len());
            for claim in claims {
                let evidence = evidence_stmt.query_map([claim.id], evidence_from_row)?.collect::<Result<_, _>>()?;
                report_claims.push(ReportClaim { claim, evidence });
            }
            documents.push(ReportDocument { document, claims: report_claims });
        }
        Ok(ReportData { documents })
    }

    /// Create a database at `path` with the schema as it was at `version`
    /// (an older Claimdesk's file), to test the upgrade. For tests only.
    #[doc(hidden)]
    pub fn create_at_version_for_tests(path: &Path, version: usize) -> Result<()> {
        let mut conn = Connection::open(path)?;
        conn.pragma_update(None, "application_id", schema::APPLICATION_ID)?;
        schema::migrations().to_version(&mut conn, version)?;
        Ok(())
    }

    /// Cap the database at its current size plus `extra` pages, so the next
    /// growing write fails as on a full disk. For tests only.
    #[doc(hidden)]
    pub fn limit_pages_for_tests(&self, extra: i64) -> Result<()> {
        let pages: i64 = self.conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        self.conn.query_row(&format!("PRAGMA max_page_count = {}", pages + extra), [], |_| Ok(()))?;
        Ok(())
    }

    /// `PRAGMA integrity_check`: "ok" for a sound database.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }
}

fn add_status(c: &mut StatusCounts, status: &str, n: u32) {
    match Status::parse(status) {
        Some(Status::Corroborated) => c.corroborated += n,
        Some(Status::Disputed) => c.disputed += n,
        Some(Status::Unverified) => c.unverified += n,
        None => return,
    }
    c.not_reviewed = c.not_reviewed.saturating_sub(n);
}

/// Which table a claim query starts from: the search matches when they are
/// few, else the verdicts of one status (by `verdicts_display_order`), else
/// all claims (by `claims_display_order`). Starting from an index in display
/// order, a page is read rather than sorted, and a search becomes a set the
/// walk looks each claim up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plan {
    SearchMatches,
    Verdicts,
    Claims,
}

/// Up to this many search matches are read and sorted; above it, walking
/// an index in display order and checking each claim against the matches
/// is cheaper (measured at 100,000 claims: reading and sorting 16,000
/// matches took 25 ms, walking the whole index 10 ms).
const SORTED_SEARCH_MATCHES: u32 = 4_000;

impl Plan {
    /// The plan for `filter`, and how many claims its search matches (the
    /// count decides the plan; the total reuses it).
    fn of(conn: &Connection, filter: &ClaimFilter) -> Result<(Plan, Option<u32>)> {
        let search_matches = match filter.search.as_deref().and_then(fts_query) {
            Some(query) => Some(search_matches(conn, &query)?),
            None => None,
        };
        let plan = if search_matches.is_some_and(|n| n <= SORTED_SEARCH_MATCHES) {
            Plan::SearchMatches
        } else if matches!(filter.status.map(StatusFilter::status), Some(Some(_))) {
            Plan::Verdicts
        } else {
            Plan::Claims
        };
        Ok((plan, search_matches))
    }

    /// The FROM clause. (`CROSS JOIN` makes SQLite keep this order of the loops.)
    fn from(self, filter: &ClaimFilter) -> &'static str {
        let verdict = matches!(filter.status.map(StatusFilter::status), Some(Some(_)));
        match (self, verdict, filter.status.is_some()) {
            (Plan::SearchMatches, true, _) => "claims_fts f CROSS JOIN claims c ON c.id = f.rowid JOIN verdicts v ON v.claim_id = c.id",
            (Plan::SearchMatches, false, true) => "claims_fts f CROSS JOIN claims c ON c.id = f.rowid LEFT JOIN verdicts v ON v.claim_id = c.id",
            (Plan::SearchMatches, false, false) => "claims_fts f CROSS JOIN claims c ON c.id = f.rowid",
            // A verdict knows its claim's document and place: the claim
            // itself is only needed for its kind.
            (Plan::Verdicts, _, _) if filter.numeric.is_none() && filter.attributed.is_none() => "verdicts v",
            (Plan::Verdicts, _, _) => "verdicts v CROSS JOIN claims c ON c.id = v.claim_id",
            (Plan::Claims, _, true) => "claims c INDEXED BY claims_display_order LEFT JOIN verdicts v ON v.claim_id = c.id",
            (Plan::Claims, _, false) => "claims c INDEXED BY claims_display_order",
        }
    }

    /// The claim id, in the leading table's column.
    fn id(self) -> &'static str {
        match self {
            Plan::Verdicts => "v.claim_id",
            Plan::SearchMatches | Plan::Claims => "c.id",
        }
    }

    /// Display order (newest document first, then by position) in the
    /// columns of the leading table's index.
    fn order(self) -> &'static str {
        match self {
            Plan::Verdicts => "v.document_id DESC, v.start",
            Plan::SearchMatches | Plan::Claims => "c.document_id DESC, c.start",
        }
    }
}

/// How many claims a full-text query matches (the search index alone).
fn search_matches(conn: &Connection, query: &str) -> Result<u32> {
    Ok(conn.query_row("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?1", [query], |r| r.get(0))?)
}

/// The WHERE clause and its arguments for a claim filter.
fn claim_where(filter: &ClaimFilter, plan: Plan) -> (String, Vec<rusqlite::types::Value>) {
    let mut sql = String::from("1");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(doc) = filter.document_id {
        args.push(doc.into());
        let column = if plan == Plan::Verdicts { "v.document_id" } else { "c.document_id" };
        sql += &format!(" AND {column} = ?{}", args.len());
    }
    match filter.status.map(StatusFilter::status) {
        None => {}
        Some(None) => sql += " AND v.claim_id IS NULL",
        Some(Some(status)) => {
            args.push(status.as_str().to_string().into());
            sql += &format!(" AND v.status = ?{}", args.len());
        }
    }
    if let Some(n) = filter.numeric {
        sql += if n { " AND c.numeric = 1" } else { " AND c.numeric = 0" };
    }
    if let Some(a) = filter.attributed {
        sql += if a { " AND c.attributed = 1" } else { " AND c.attributed = 0" };
    }
    if let Some(query) = filter.search.as_deref().and_then(fts_query) {
        args.push(query.into());
        sql += &match plan {
            Plan::SearchMatches => format!(" AND claims_fts MATCH ?{}", args.len()),
            // Checked on the leading table's own column, before the join.
            Plan::Verdicts => format!(" AND v.claim_id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?{})", args.len()),
            Plan::Claims => format!(" AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?{})", args.len()),
        };
    }
    (sql, args)
}

/// A path as the path part of an SQLite URI.
fn percent_encode_path(path: &Path) -> String {
    let mut out = String::new();
    for b in path.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn check_header(path: &Path) -> Result<()> {
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(StoreError::CannotOpen { path: path.into(), reason: e.to_string() }),
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(StoreError::CannotOpen { path: path.into(), reason: "it is a folder".into() });
    }
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) => return Err(StoreError::CannotOpen { path: path.into(), reason: e.to_string() }),
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
        Some(rusqlite::ffi::ErrorCode::NotADatabase) | Some(rusqlite::ffi::ErrorCode::DatabaseCorrupt)
    )
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect()
}

/// The first non-empty line, shortened: what an analyst would call the article.
fn default_title(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty()).unwrap_or("Untitled");
    match line.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &line[..i]),
        None => line.to_string(),
    }
}

/// Turn what the analyst typed into a safe FTS5 query: every word must
/// appear (as a prefix), and FTS5 syntax in the input has no effect.
fn fts_query(input: &str) -> Option<String> {
    let terms: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(|t| format!("\"{t}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Evidence links are opened in the analyst's browser, so only http(s) URLs
/// with a host and no whitespace are accepted.
pub fn validate_url(url: &str) -> Result<String> {
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    let ok = match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    };
    if ok {
        Ok(url.to_string())
    } else {
        Err(StoreError::Invalid(format!("not a web link: {url:?} (evidence links must start with http:// or https://)")))
    }
}

fn claim_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimRow> {
    #[derive(serde::Deserialize, Default)]
    struct Stored {
        #[serde(default)]
        numbers: Vec<claims::NumberMention>,
        #[serde(default)]
        sources: Vec<claims::SourceMention>,
    }
    let extraction: String = r.get(7)?;
    // A row this build cannot read still shows; only its details are lost.
    let stored: Stored = serde_json::from_str(&extraction).unwrap_or_default();
    Ok(ClaimRow {
        id: r.get(0)?,
        document_id: r.get(1)?,
        start: r.get::<_, i64>(2)? as usize,
        end: r.get::<_, i64>(3)? as usize,
        text: r.get(4)?,
        numeric: r.get(5)?,
        attributed: r.get(6)?,
        status: r.get::<_, Option<String>>(8)?.as_deref().and_then(Status::parse),
        note: r.get(9)?,
        updated_at: r.get(10)?,
        numbers: stored.numbers,
        sources: stored.sources,
    })
}

fn evidence_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Evidence> {
    Ok(Evidence { id: r.get(0)?, claim_id: r.get(1)?, url: r.get(2)?, title: r.get(3)?, quote: r.get(4)?, added_at: r.get(5)? })
}

fn claim_by_id(conn: &Connection, id: i64) -> Result<ClaimRow> {
    conn.query_row(
        "SELECT c.id, c.document_id, c.start, c.end, c.text, c.numeric, c.attributed, c.extraction,
                v.status, v.note, v.updated_at
         FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.id = ?1",
        [id],
        claim_from_row,
    )
    .optional()?
    .ok_or(StoreError::NotFound { what: "claim", id })
}

fn current_verdict(tx: &Transaction<'_>, claim_id: i64) -> Result<Verdict> {
    let claim = claim_by_id(tx, claim_id)?;
    Ok(Verdict { claim_id, status: claim.status, note: claim.note, updated_at: claim.updated_at })
}

fn record_event(
    tx: &Transaction<'_>,
    claim_id: i64,
    action: &str,
    old: &Verdict,
    new_status: Option<Status>,
    new_note: Option<&str>,
    undoes: Option<i64>,
) -> Result<()> {
    tx.execute(
        &format!(
            "INSERT INTO verdict_events (claim_id, action, old_status, new_status, old_note, new_note, undoes, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, {NOW})"
        ),
        params![claim_id, action, old.status.map(Status::as_str), new_status.map(Status::as_str), old.note, new_note, undoes],
    )?;
    Ok(())
}
