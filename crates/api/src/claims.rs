//! Reading claims: a page of the list with its total, one claim in full.

use model::{
    ClaimBrief, ClaimFilter, ClaimRow, Document, DocumentSummary, Evidence, StatusCounts,
    VerdictEvent,
};
use serde::Serialize;
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{AppError, Desk};

/// A window of the claims list, with the number of all matches.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ClaimPage {
    pub claims: Vec<ClaimRow>,
    pub total: u32,
}

/// One document's review counts and the database's, read after a verdict
/// instead of every document's.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ReviewCounts {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub document_id: i64,
    pub document: StatusCounts,
    pub totals: StatusCounts,
}

/// Everything the detail pane shows about one claim.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ClaimDetail {
    pub claim: ClaimRow,
    pub evidence: Vec<Evidence>,
    pub history: Vec<VerdictEvent>,
}

impl Desk {
    /// Every claim matching `filter`, without mentions (a plain list).
    pub fn claim_briefs(&self, filter: &ClaimFilter) -> Result<Vec<ClaimBrief>, AppError> {
        Ok(self.store.claim_briefs(filter)?)
    }

    /// Every claim of `filter` rendered by `render`, the bytes handed to
    /// `write` in display order: a long list is read and rendered on two
    /// cores (`claimdesk list`).
    pub fn render_claim_briefs(
        &self,
        filter: &ClaimFilter,
        render: store::RenderBrief<'_>,
        write: impl FnMut(&[u8]) -> Result<(), AppError>,
    ) -> Result<(), AppError> {
        self.store.render_claim_briefs(filter, render, write)
    }

    /// One page of claims and how many match in all.
    pub fn claim_page(&self, filter: &ClaimFilter) -> Result<ClaimPage, AppError> {
        let (claims, total) = self.store.claims_and_count(filter)?;
        Ok(ClaimPage { claims, total })
    }

    pub fn claim_detail(&self, claim_id: i64) -> Result<ClaimDetail, AppError> {
        let claim = self.store.claim(claim_id)?;
        Ok(ClaimDetail {
            claim,
            evidence: self.store.evidence(claim_id)?,
            history: self.store.history(claim_id)?,
        })
    }

    pub fn documents(&self) -> Result<Vec<DocumentSummary>, AppError> {
        Ok(self.store.documents()?)
    }

    pub fn document(&self, id: i64) -> Result<Document, AppError> {
        Ok(self.store.document(id)?)
    }

    /// The review counts of one document and of the whole database (both
    /// kept by the writes, so this reads one row and sums one small table).
    pub fn review_counts(&self, document_id: i64) -> Result<ReviewCounts, AppError> {
        let document = self.store.document_counts(document_id)?;
        Ok(ReviewCounts {
            document_id,
            document,
            totals: self.store.totals()?,
        })
    }

    /// Claim counts by review state over the whole database.
    pub fn totals(&self) -> Result<StatusCounts, AppError> {
        Ok(self.store.totals()?)
    }
}
