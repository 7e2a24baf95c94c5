//! Verdicts and their history: every change (set, note, clear, undo) writes
//! the verdict row and a `verdict_events` row in one transaction; undo is a
//! new event naming the one it undoes. The events of one action on several
//! claims share a batch, and one undo takes the whole batch back.
//!
//! A note can come before a verdict: the row then has no status and the
//! claim is still not reviewed. A row with neither status nor note is not
//! kept.

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
        upsert_verdict(&tx, claim_id, Some(status), &note)?;
        record_event(&tx, Event::set(claim_id, &old, Some(status), &note))?;
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(verdict)
    }

    /// Write a claim's note and keep its status: a verdict, or none yet
    /// (the claim stays not reviewed). An unchanged note writes nothing.
    pub fn set_note(&mut self, claim_id: i64, note: &str) -> Result<Verdict> {
        let tx = self.write_transaction()?;
        let old = current_verdict(&tx, claim_id)?;
        if old.note.as_deref().unwrap_or_default() != note {
            upsert_verdict(&tx, claim_id, old.status, note)?;
            record_event(&tx, Event::set(claim_id, &old, old.status, note))?;
        }
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(verdict)
    }

    /// Set the verdict of several claims as one action (one transaction,
    /// one batch that one undo takes back). A claim keeps its note, or
    /// gets `note_if_none` when it has none; claims that already have
    /// `status` are left as they are. Returns the verdicts that changed.
    pub fn set_verdicts(
        &mut self,
        claim_ids: &[i64],
        status: Status,
        note_if_none: &str,
    ) -> Result<Vec<Verdict>> {
        let tx = self.write_transaction()?;
        let batch = next_event_id(&tx)?;
        let mut changed = Vec::new();
        for &claim_id in claim_ids {
            let old = current_verdict(&tx, claim_id)?;
            if old.status == Some(status) {
                continue;
            }
            let note = old
                .note
                .clone()
                .filter(|n| !n.is_empty())
                .unwrap_or_else(|| note_if_none.to_string());
            upsert_verdict(&tx, claim_id, Some(status), &note)?;
            record_event(
                &tx,
                Event::set(claim_id, &old, Some(status), &note).in_batch(batch),
            )?;
            changed.push(current_verdict(&tx, claim_id)?);
        }
        tx.commit()?;
        Ok(changed)
    }

    /// Mark a claim as not reviewed again; its note stays (the history
    /// keeps the verdict it had).
    pub fn clear_verdict(&mut self, claim_id: i64) -> Result<Verdict> {
        let tx = self.write_transaction()?;
        let old = current_verdict(&tx, claim_id)?;
        if old.status.is_some() {
            upsert_verdict(&tx, claim_id, None, old.note.as_deref().unwrap_or_default())?;
            record_event(&tx, Event::clear(claim_id, &old))?;
        }
        let verdict = current_verdict(&tx, claim_id)?;
        tx.commit()?;
        Ok(verdict)
    }

    /// Undo the latest change that is not undone yet: of one claim, or of
    /// any claim. The undo is itself a new event; nothing is rewritten.
    /// Undoing "any claim" takes back the latest action whole: every
    /// change of its batch. Returns the verdicts it restored, none when
    /// there is nothing left to undo.
    pub fn undo(&mut self, claim_id: Option<i64>) -> Result<Vec<Verdict>> {
        let tx = self.write_transaction()?;
        let latest: Option<(i64, Option<i64>)> = tx
            .query_row(
                "SELECT e.id, e.batch FROM verdict_events e
                 WHERE e.action != 'undo' AND (?1 IS NULL OR e.claim_id = ?1)
                   AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = e.id)
                 ORDER BY e.id DESC LIMIT 1",
                [claim_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let targets = match latest {
            None => Vec::new(),
            Some((_, Some(batch))) if claim_id.is_none() => batch_to_undo(&tx, batch)?,
            Some((event_id, _)) => vec![event_to_undo(&tx, event_id)?],
        };
        let batch = (targets.len() > 1)
            .then(|| next_event_id(&tx))
            .transpose()?;
        let mut restored = Vec::with_capacity(targets.len());
        for target in &targets {
            restored.push(undo_event(&tx, target, batch)?);
        }
        tx.commit()?;
        Ok(restored)
    }

    /// A claim's verdict history, oldest first.
    pub fn history(&self, claim_id: i64) -> Result<Vec<VerdictEvent>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, claim_id,
                    CASE WHEN action = 'set' AND new_status IS NULL THEN 'note' ELSE action END,
                    old_status, new_status, old_note, new_note, undoes, at, batch
             FROM verdict_events WHERE claim_id = ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([claim_id], |r| {
            Ok(VerdictEvent {
                id: r.get(0)?,
                claim_id: r.get(1)?,
                action: r.get(2)?,
                old_status: crate::status_column(r, 3)?,
                new_status: crate::status_column(r, 4)?,
                old_note: r.get(5)?,
                new_note: r.get(6)?,
                undoes: r.get(7)?,
                at: r.get(8)?,
                batch: r.get(9)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

/// Write a claim's verdict row, whether it had one or not; a row left with
/// neither a status nor a note is deleted.
fn upsert_verdict(
    tx: &Transaction<'_>,
    claim_id: i64,
    status: Option<Status>,
    note: &str,
) -> Result<()> {
    if status.is_none() && note.is_empty() {
        tx.execute("DELETE FROM verdicts WHERE claim_id = ?1", [claim_id])?;
        return Ok(());
    }
    tx.execute(
        &format!(
            "INSERT INTO verdicts (claim_id, status, note, updated_at) VALUES (?1, ?2, ?3, {NOW})
             ON CONFLICT(claim_id) DO UPDATE SET status = excluded.status, note = excluded.note, updated_at = excluded.updated_at"
        ),
        params![claim_id, status.map(Status::as_str), note],
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

/// A change not undone yet: what the claim had before it.
struct UndoTarget {
    event_id: i64,
    claim_id: i64,
    old_status: Option<String>,
    old_note: Option<String>,
}

const UNDO_TARGET_COLUMNS: &str = "id, claim_id, old_status, old_note";

fn undo_target(r: &rusqlite::Row<'_>) -> rusqlite::Result<UndoTarget> {
    Ok(UndoTarget {
        event_id: r.get(0)?,
        claim_id: r.get(1)?,
        old_status: r.get(2)?,
        old_note: r.get(3)?,
    })
}

fn event_to_undo(tx: &Transaction<'_>, event_id: i64) -> Result<UndoTarget> {
    Ok(tx.query_row(
        &format!("SELECT {UNDO_TARGET_COLUMNS} FROM verdict_events WHERE id = ?1"),
        [event_id],
        undo_target,
    )?)
}

/// The changes of `batch` not undone yet, newest first.
fn batch_to_undo(tx: &Transaction<'_>, batch: i64) -> Result<Vec<UndoTarget>> {
    let mut stmt = tx.prepare(&format!(
        "SELECT {UNDO_TARGET_COLUMNS} FROM verdict_events e
         WHERE e.batch = ?1 AND e.action != 'undo'
           AND NOT EXISTS (SELECT 1 FROM verdict_events u WHERE u.undoes = e.id)
         ORDER BY e.id DESC"
    ))?;
    let rows = stmt.query_map([batch], undo_target)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Put back what a claim had before `target`, as a new `undo` event.
fn undo_event(tx: &Transaction<'_>, target: &UndoTarget, batch: Option<i64>) -> Result<Verdict> {
    let claim_id = target.claim_id;
    let current = current_verdict(tx, claim_id)?;
    let restored = target.old_status.as_deref().and_then(Status::parse);
    let note = target.old_note.as_deref();
    upsert_verdict(tx, claim_id, restored, note.unwrap_or_default())?;
    let mut event = Event::undo(claim_id, &current, restored, note, target.event_id);
    event.batch = batch;
    record_event(tx, event)?;
    current_verdict(tx, claim_id)
}

/// The id the next event will get: a batch is named by its first event.
/// Inside the write transaction no other writer can take it first.
fn next_event_id(tx: &Transaction<'_>) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT coalesce(max(id), 0) + 1 FROM verdict_events",
        [],
        |r| r.get(0),
    )?)
}

/// One row of `verdict_events`.
struct Event<'a> {
    claim_id: i64,
    action: &'static str,
    old: &'a Verdict,
    new_status: Option<Status>,
    new_note: Option<&'a str>,
    undoes: Option<i64>,
    batch: Option<i64>,
}

impl<'a> Event<'a> {
    /// A verdict, or with `status: None` a note before any verdict.
    fn set(claim_id: i64, old: &'a Verdict, status: Option<Status>, note: &'a str) -> Self {
        Event {
            claim_id,
            action: "set",
            old,
            new_status: status,
            new_note: Some(note),
            undoes: None,
            batch: None,
        }
    }

    fn clear(claim_id: i64, old: &'a Verdict) -> Self {
        Event {
            claim_id,
            action: "clear",
            old,
            new_status: None,
            new_note: None,
            undoes: None,
            batch: None,
        }
    }

    fn undo(
        claim_id: i64,
        old: &'a Verdict,
        restored: Option<Status>,
        note: Option<&'a str>,
        undoes: i64,
    ) -> Self {
        Event {
            claim_id,
            action: "undo",
            old,
            new_status: restored,
            new_note: note,
            undoes: Some(undoes),
            batch: None,
        }
    }

    fn in_batch(self, batch: i64) -> Self {
        Event {
            batch: Some(batch),
            ..self
        }
    }
}

fn record_event(tx: &Transaction<'_>, e: Event<'_>) -> Result<()> {
    tx.execute(
        &format!(
            "INSERT INTO verdict_events (claim_id, action, old_status, new_status, old_note, new_note, undoes, at, batch)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, {NOW}, ?8)"
        ),
        params![
            e.claim_id,
            e.action,
            e.old.status.map(Status::as_str),
            e.new_status.map(Status::as_str),
            e.old.note,
            e.new_note,
            e.undoes,
            e.batch
        ],
    )?;
    Ok(())
}
