//! Which index a claim query reads, and the WHERE clause that goes with it.

use rusqlite::Connection;

use crate::{ClaimFilter, Result, StatusFilter};

/// Which table a claim query starts from: the search matches when they are
/// few, else the verdicts of one status (by `verdicts_display_order`), else
/// all claims (by `claims_display_order`). Starting from an index in display
/// order, a page is read rather than sorted, and a search becomes a set the
/// walk looks each claim up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Plan {
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
    pub(super) fn of(conn: &Connection, filter: &ClaimFilter) -> Result<(Plan, Option<u32>)> {
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
    pub(super) fn from(self, filter: &ClaimFilter) -> &'static str {
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
    pub(super) fn id(self) -> &'static str {
        match self {
            Plan::Verdicts => "v.claim_id",
            Plan::SearchMatches | Plan::Claims => "c.id",
        }
    }

    /// Display order (newest document first, then by position) in the
    /// columns of the leading table's index.
    pub(super) fn order(self) -> &'static str {
        match self {
            Plan::Verdicts => "v.document_id DESC, v.start",
            Plan::SearchMatches | Plan::Claims => "c.document_id DESC, c.start",
        }
    }
}

/// How many claims a full-text query matches (the search index alone).
fn search_matches(conn: &Connection, query: &str) -> Result<u32> {
    Ok(conn.query_row(
        "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH ?1",
        [query],
        |r| r.get(0),
    )?)
}

/// The WHERE clause and its arguments for a claim filter.
pub(super) fn claim_where(
    filter: &ClaimFilter,
    plan: Plan,
) -> (String, Vec<rusqlite::types::Value>) {
    let mut sql = String::from("1");
    let mut args: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(doc) = filter.document_id {
        args.push(doc.into());
        let column = if plan == Plan::Verdicts {
            "v.document_id"
        } else {
            "c.document_id"
        };
        sql += &format!(" AND {column} = ?{}", args.len());
    }
    match filter.status.map(StatusFilter::status) {
        None => {}
        // A note written before a verdict leaves the claim not reviewed.
        Some(None) => sql += " AND v.status IS NULL",
        Some(Some(status)) => {
            args.push(status.as_str().to_string().into());
            sql += &format!(" AND v.status = ?{}", args.len());
        }
    }
    if let Some(n) = filter.numeric {
        sql += if n {
            " AND c.numeric = 1"
        } else {
            " AND c.numeric = 0"
        };
    }
    if let Some(a) = filter.attributed {
        sql += if a {
            " AND c.attributed = 1"
        } else {
            " AND c.attributed = 0"
        };
    }
    if let Some(c) = filter.conflict {
        sql += &format!(
            " AND {} {}IN (SELECT claim_id FROM conflicted_claims)",
            plan.id(),
            if c { "" } else { "NOT " }
        );
    }
    if let Some(query) = filter.search.as_deref().and_then(fts_query) {
        args.push(query.into());
        sql += &match plan {
            Plan::SearchMatches => format!(" AND claims_fts MATCH ?{}", args.len()),
            // Checked on the leading table's own column, before the join.
            Plan::Verdicts => format!(
                " AND v.claim_id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?{})",
                args.len()
            ),
            Plan::Claims => format!(
                " AND c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?{})",
                args.len()
            ),
        };
    }
    (sql, args)
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
