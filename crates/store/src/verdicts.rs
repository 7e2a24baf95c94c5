//! Verdicts and their history: every change (set, clear, undo) writes the
//! verdict row and a `verdict_events` row in one transaction; undo is a new
//! event naming the one it undoes.

use rusqlite::{params, OptionalExtension, Transaction};

use crate::listing::claim_by_id;
use crate::{Result, Status, Store, Verdict, VerdictEvent, NOW};

impl Store {
    /// Set a claim's verdict. `note: None` keeps the note it had.
    pub fn set_verdict(
        &mut self,
        claim_id: i64,
        status: Status,
        note: Option<&str>,
    ) -> Result<Verdict> {
        let tx = self.write_transaction()?;
        let old = current_verdict(&tx, claim_id)?;
        let note = note
            .map(str::to_string)
            .or_else(|| old.note.clone())
            .unwrap_or_default();
        upsert_verdict(&tx, claim_id, status, &note)?;
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
            Some(status) => upsert_verdict(
                &tx,
                claim_id,
                status,
                old_note.as_deref().unwrap_or_default(),
            )?,
            None => {
                tx.execute("DELETE FROM verdicts WHERE claim_id = ?1", [claim_id])?;
            }
        }
        record_event(
            &tx,
            claim_id,
            "undo",
            &current,
            restored,
            old_note.as_deref(),
            Some(event_id),
        )?;
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
                old_status: r
                    .get::<_, Option<String>>(3)?
                    .as_deref()
                    .and_then(Status::parse),
                new_status: r
                    .get::<_, Option<String>>(4)?
                    .as_deref()
                    .and_then(Status::parse),
                old_note: r.get(5)?,
                new_note: r.get(6)?,
                undoes: r.get(7)?,
                at: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Write a claim's verdict, whether it had one or not.
fn upsert_verdict(tx: &Transaction<'_>, claim_id: i64, status: Status, note: &str) -> Result<()> {
    tx.execute(
        &format!(
            "INSERT INTO verdicts (claim_id, status, note, updated_at) VALUES (?1, ?2, ?3, {NOW})
             ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"
        ),
        params![claim_id, status.as_str(), note],
    )?;
    Ok(())
}

fn current_verdict(tx: &Transaction<'_>, claim_id: i64) -> Result<Verdict> {
    let claim = claim_by_id(tx, claim_id)?;
    Ok(Verdict {
        claim_id,
        status: claim.status,
        note: claim.note,
        updated_at: claim.updated_at,
    })
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
