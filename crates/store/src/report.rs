//! Everything a report needs, read in three queries whatever the size of
//! the database: the documents, the claims (one filtered listing), the
//! evidence; then put together in memory.

use std::collections::HashMap;

use crate::evidence::{evidence_from_row, EVIDENCE_COLUMNS};
use crate::{
    ClaimFilter, Evidence, ReportClaim, ReportData, ReportDocument, Result, StatusFilter, Store,
};

impl Store {
    /// Everything a report needs, for one document or all, optionally only
    /// claims in one review state. Documents come oldest first, each with
    /// its claims in text order.
    pub fn report_data(
        &self,
        document_id: Option<i64>,
        status: Option<StatusFilter>,
    ) -> Result<ReportData> {
        let documents = self.documents_in_order(document_id)?;
        let mut evidence = self.evidence_by_claim(document_id)?;
        let mut claims_by_document: HashMap<i64, Vec<ReportClaim>> = HashMap::new();
        for claim in self.claims(&ClaimFilter {
            document_id,
            status,
            ..ClaimFilter::default()
        })? {
            let evidence = evidence.remove(&claim.id).unwrap_or_default();
            claims_by_document
                .entry(claim.document_id)
                .or_default()
                .push(ReportClaim { claim, evidence });
        }
        let documents = documents
            .into_iter()
            .map(|document| {
                let claims = claims_by_document.remove(&document.id).unwrap_or_default();
                ReportDocument { document, claims }
            })
            .collect();
        Ok(ReportData {
            documents,
            conflicts: Vec::new(),
            settings: self.settings()?,
        })
    }

    /// Every evidence link of one document's claims (or of all), by claim.
    fn evidence_by_claim(&self, document_id: Option<i64>) -> Result<HashMap<i64, Vec<Evidence>>> {
        let sql = format!(
            "SELECT {EVIDENCE_COLUMNS} FROM evidence
             WHERE ?1 IS NULL OR claim_id IN (SELECT id FROM claims WHERE document_id = ?1)
             ORDER BY id"
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut by_claim: HashMap<i64, Vec<Evidence>> = HashMap::new();
        for e in stmt.query_map([document_id], evidence_from_row)? {
            let e = e?;
            by_claim.entry(e.claim_id).or_default().push(e);
        }
        Ok(by_claim)
    }
}
