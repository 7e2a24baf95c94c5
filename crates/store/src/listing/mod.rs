//! The claims list: which claims match a filter, in display order (newest
//! document first, then by position), a page at a time, and how many match.
//!
//! Every query reads an index in display order; `plan` decides which.

mod briefs;
mod parallel;
mod plan;

use rusqlite::{Connection, OptionalExtension};

use crate::{ClaimBrief, ClaimFilter, ClaimRow, Result, Status, StatusFilter, Store, StoreError};
use briefs::{BriefReader, BRIEF_COLUMNS};
pub use parallel::RenderBrief;
use plan::{claim_where, Plan};

/// A claim's columns with its verdict's, in the order `claim_from_row`
/// reads them: a brief's, then when the verdict changed and the mentions.
pub(crate) const CLAIM_COLUMNS: &str =
    "c.id, c.document_id, c.start, c.end, c.text, c.numeric, c.attributed,
                    v.status, v.note, v.updated_at, c.extraction,
                    EXISTS (SELECT 1 FROM conflicted_claims k WHERE k.claim_id = c.id)";

impl Store {
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
        Ok((
            self.claims_by(filter, plan)?,
            self.count_by(filter, plan, search_matches)?,
        ))
    }

    pub fn claim(&self, id: i64) -> Result<ClaimRow> {
        claim_by_id(&self.conn, id)
    }

    /// Claims matching `filter` without their mentions: what a plain list
    /// shows (`claimdesk list`), read without parsing any extraction.
    pub fn claim_briefs(&self, filter: &ClaimFilter) -> Result<Vec<ClaimBrief>> {
        let mut briefs = Vec::new();
        self.each_claim_brief(filter, |brief| {
            briefs.push(brief.clone());
            Ok::<_, StoreError>(())
        })?;
        Ok(briefs)
    }

    /// `claim_briefs` one at a time, as they are read: a list of every
    /// claim goes out without first holding all of it in memory. Each brief
    /// is lent to `visit` and refilled for the next.
    pub fn each_claim_brief<E: From<StoreError>>(
        &self,
        filter: &ClaimFilter,
        visit: impl FnMut(&ClaimBrief) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let (plan, _) = Plan::of(&self.conn, filter)?;
        visit_briefs(
            &self.conn,
            &ClaimQuery::new(filter, plan, BRIEF_COLUMNS),
            visit,
        )
    }

    fn claims_by(&self, filter: &ClaimFilter, plan: Plan) -> Result<Vec<ClaimRow>> {
        let mut rows = Vec::new();
        let query = ClaimQuery::new(filter, plan, CLAIM_COLUMNS);
        visit_rows(&self.conn, &query, |r| {
            rows.push(claim_from_row(r).map_err(StoreError::from)?);
            Ok::<_, StoreError>(())
        })?;
        Ok(rows)
    }

    /// `search_matches`: how many claims the filter's search matches, if it has one.
    fn count_by(
        &self,
        filter: &ClaimFilter,
        plan: Plan,
        search_matches: Option<u32>,
    ) -> Result<u32> {
        if let Some(matches) = search_matches {
            if filter.status.is_none()
                && filter.document_id.is_none()
                && filter.numeric.is_none()
                && filter.attributed.is_none()
                && filter.conflict.is_none()
            {
                return Ok(matches);
            }
        }
        if search_matches.is_some()
            || filter.numeric.is_some()
            || filter.attributed.is_some()
            || filter.conflict.is_some()
        {
            let (where_sql, args) = claim_where(filter, plan);
            let sql = format!(
                "SELECT count(*) FROM {} WHERE {where_sql}",
                plan.from(filter)
            );
            return Ok(self
                .conn
                .query_row(&sql, rusqlite::params_from_iter(args), |r| r.get(0))?);
        }
        // Only a status and a document: read from the counts the writes keep.
        let counts = match filter.document_id {
            None => self.totals()?,
            Some(d) => self.document_counts(d)?,
        };
        Ok(match filter.status.map(StatusFilter::status) {
            None => counts.claims,
            Some(None) => counts.not_reviewed,
            Some(Some(Status::Corroborated)) => counts.corroborated,
            Some(Some(Status::Disputed)) => counts.disputed,
            Some(Some(Status::Unverified)) => counts.unverified,
        })
    }
}

/// A claim query's SQL and its arguments.
struct ClaimQuery {
    sql: String,
    args: Vec<rusqlite::types::Value>,
}

impl ClaimQuery {
    /// The claims of `filter` in display order, `columns` of each.
    fn new(filter: &ClaimFilter, plan: Plan, columns: &str) -> ClaimQuery {
        ClaimQuery::of_documents(filter, plan, columns, Documents::All)
    }

    /// As [`ClaimQuery::new`], of the documents in `documents` only.
    fn of_documents(
        filter: &ClaimFilter,
        plan: Plan,
        columns: &str,
        documents: Documents,
    ) -> ClaimQuery {
        let (mut where_sql, mut args) = claim_where(filter, plan);
        documents.restrict(&mut where_sql, &mut args);
        let sql = if filter.limit.is_none() && plan == Plan::Claims {
            // The whole list, read straight down the index in display
            // order: no set of ids to build and sort (`claimdesk list`).
            format!(
                "SELECT {columns}
                 FROM claims c INDEXED BY claims_display_order LEFT JOIN verdicts v ON v.claim_id = c.id
                 WHERE {where_sql} ORDER BY c.document_id DESC, c.start"
            )
        } else {
            // Page over ids in the leading index's order; then read the full
            // rows of the page. (Sorting whole rows, text and extraction JSON
            // included, is what made a filtered page slow at 100,000 claims.)
            let page = match filter.limit {
                Some(limit) => format!(" LIMIT {limit} OFFSET {}", filter.offset.unwrap_or(0)),
                None => String::new(),
            };
            format!(
                "SELECT {columns}
                 FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id
                 WHERE c.id IN (SELECT {} FROM {} WHERE {where_sql} ORDER BY {}{page})
                 ORDER BY c.document_id DESC, c.start",
                plan.id(),
                plan.from(filter),
                plan.order(),
            )
        };
        ClaimQuery { sql, args }
    }
}

/// Which documents' claims a query reads: a long list is read as two runs
/// of documents at once (see `parallel`).
#[derive(Debug, Clone, Copy)]
enum Documents {
    All,
    /// Documents with this id or a higher one (the newer run).
    From(i64),
    /// Documents with an id below this one (the older run).
    Below(i64),
}

impl Documents {
    fn restrict(self, where_sql: &mut String, args: &mut Vec<rusqlite::types::Value>) {
        let (bound, op) = match self {
            Documents::All => return,
            Documents::From(id) => (id, ">="),
            Documents::Below(id) => (id, "<"),
        };
        args.push(bound.into());
        *where_sql += &format!(" AND c.document_id {op} ?{}", args.len());
    }
}

/// The rows `query` reads, in display order, each handed to `visit`.
fn visit_rows<E: From<StoreError>>(
    conn: &Connection,
    query: &ClaimQuery,
    mut visit: impl FnMut(&rusqlite::Row<'_>) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut stmt = conn.prepare(&query.sql).map_err(StoreError::from)?;
    let mut rows = stmt
        .query(rusqlite::params_from_iter(&query.args))
        .map_err(StoreError::from)?;
    while let Some(row) = rows.next().map_err(StoreError::from)? {
        visit(row)?;
    }
    Ok(())
}

/// The briefs `query` (of `BRIEF_COLUMNS`) reads, in display order, each
/// lent to `visit` in one brief refilled row by row.
fn visit_briefs<E: From<StoreError>>(
    conn: &Connection,
    query: &ClaimQuery,
    mut visit: impl FnMut(&ClaimBrief) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let mut reader = BriefReader::new(conn)?;
    let mut brief = ClaimBrief::default();
    visit_rows(conn, query, |row| {
        reader.read_into(row, &mut brief)?;
        visit(&brief)
    })
}

/// A claim's brief from the first columns of `CLAIM_COLUMNS`.
fn brief_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimBrief> {
    Ok(ClaimBrief {
        id: r.get(0)?,
        document_id: r.get(1)?,
        start: r.get::<_, i64>(2)? as usize,
        end: r.get::<_, i64>(3)? as usize,
        text: r.get(4)?,
        numeric: r.get(5)?,
        attributed: r.get(6)?,
        status: crate::status_column(r, 7)?,
        note: r.get(8)?,
    })
}

pub(crate) fn claim_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimRow> {
    #[derive(serde::Deserialize, Default)]
    struct Stored {
        #[serde(default)]
        numbers: Vec<claims::NumberMention>,
        #[serde(default)]
        sources: Vec<claims::SourceMention>,
    }
    let brief = brief_from_row(r)?;
    let extraction: String = r.get(10)?;
    // A row this build cannot read still shows; only its details are lost.
    let stored: Stored = serde_json::from_str(&extraction).unwrap_or_default();
    Ok(ClaimRow {
        id: brief.id,
        document_id: brief.document_id,
        start: brief.start,
        end: brief.end,
        text: brief.text,
        numeric: brief.numeric,
        attributed: brief.attributed,
        status: brief.status,
        note: brief.note,
        updated_at: r.get(9)?,
        numbers: stored.numbers,
        sources: stored.sources,
        conflict: r.get(11)?,
    })
}

pub(crate) fn claim_by_id(conn: &Connection, id: i64) -> Result<ClaimRow> {
    let sql = format!("SELECT {CLAIM_COLUMNS} FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id WHERE c.id = ?1");
    conn.query_row(&sql, [id], claim_from_row)
        .optional()?
        .ok_or(StoreError::NotFound { what: "claim", id })
}
