//! Verdicts, their undo and history, and evidence links.

use model::{Evidence, NewEvidence, Status, Verdict, VerdictEvent};
use serde::Serialize;
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{AppError, ClaimDetail, Desk, ReviewCounts};

/// A verdict change with what the window shows after it: the claim in full
/// and the review counts, read in the same call. One call per keypress
/// means the next key's write never queues behind the reads of the last.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct VerdictSaved {
    pub detail: ClaimDetail,
    pub counts: ReviewCounts,
}

/// What to do to a claim's verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerdictChange {
    Set(Status),
    /// Keep the status (a verdict, or none yet) and write the note.
    KeepStatus,
    /// Back to "not reviewed" (the note stays).
    Clear,
}

impl Desk {
    /// Change a claim's verdict (`note: None` keeps the note it had), then
    /// attach `evidence` links. Every link is checked before anything is
    /// written, so a bad link changes nothing.
    pub fn change_verdict(
        &mut self,
        claim_id: i64,
        change: VerdictChange,
        note: Option<&str>,
        evidence: &[String],
    ) -> Result<Verdict, AppError> {
        for url in evidence {
            store::validate_url(url)?;
        }
        let verdict = match change {
            VerdictChange::Set(status) => self.store.set_verdict(claim_id, status, note)?,
            VerdictChange::KeepStatus => self.store.set_note(claim_id, note.unwrap_or_default())?,
            VerdictChange::Clear => self.store.clear_verdict(claim_id)?,
        };
        for url in evidence {
            self.store.add_evidence(
                claim_id,
                &NewEvidence {
                    url: url.clone(),
                    ..NewEvidence::default()
                },
            )?;
        }
        Ok(verdict)
    }

    /// `change_verdict` (no evidence), then the claim and the counts as
    /// they are now.
    pub fn change_verdict_and_read(
        &mut self,
        claim_id: i64,
        change: VerdictChange,
        note: Option<&str>,
    ) -> Result<VerdictSaved, AppError> {
        self.change_verdict(claim_id, change, note, &[])?;
        let detail = self.claim_detail(claim_id)?;
        let counts = self.review_counts(detail.claim.document_id)?;
        Ok(VerdictSaved { detail, counts })
    }

    /// Undo the latest verdict change of one claim, or the latest action
    /// of any (all the claims one action changed); the verdicts restored,
    /// none when there is nothing left to undo.
    pub fn undo(&mut self, claim_id: Option<i64>) -> Result<Vec<Verdict>, AppError> {
        Ok(self.store.undo(claim_id)?)
    }

    /// Give a claim's verdict to its confirmed same-claim matches in other
    /// documents, as one action that one undo takes back. A match keeps
    /// its own note, or is noted as the same claim; matches that already
    /// have the verdict are left alone. Returns the verdicts that changed.
    pub fn apply_to_same_claims(&mut self, claim_id: i64) -> Result<Vec<Verdict>, AppError> {
        let claim = self.store.claim(claim_id)?;
        let Some(status) = claim.status else {
            return Err(AppError::new(
                "invalid",
                format!("claim {claim_id} has no verdict yet: set one (1, 2 or 3) before applying it to its matches"),
            ));
        };
        let confirmed: Vec<i64> = self
            .store
            .claim_matches(claim_id)?
            .into_iter()
            .filter(|m| m.confirmed)
            .map(|m| m.claim_id)
            .collect();
        let note = match claim.note.as_deref().filter(|n| !n.is_empty()) {
            Some(note) => format!("Same claim as claim {claim_id}: {note}"),
            None => format!("Same claim as claim {claim_id}."),
        };
        Ok(self.store.set_verdicts(&confirmed, status, &note)?)
    }

    /// A claim's verdict history, oldest first (an unknown claim is an error).
    pub fn history(&self, claim_id: i64) -> Result<Vec<VerdictEvent>, AppError> {
        self.store.claim(claim_id)?;
        Ok(self.store.history(claim_id)?)
    }

    pub fn add_evidence(
        &mut self,
        claim_id: i64,
        evidence: &NewEvidence,
    ) -> Result<Evidence, AppError> {
        Ok(self.store.add_evidence(claim_id, evidence)?)
    }

    pub fn remove_evidence(&mut self, evidence_id: i64) -> Result<(), AppError> {
        Ok(self.store.remove_evidence(evidence_id)?)
    }
}
