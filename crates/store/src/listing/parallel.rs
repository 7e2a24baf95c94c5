//! A long list of every claim read on two connections at once: the newer
//! half of the documents on the caller's connection, streamed as it is
//! read, the older half on a second connection in a scoped thread, held
//! until the first half is out. Reading and rendering 27,000 claims is
//! most of what `claimdesk list --json` does; on two cores it takes about
//! three fifths of the time (the halves contend for memory and the kernel).
//!
//! The two halves are two read transactions: a write that commits between
//! them can show in one half and not the other, as it would between two
//! calls. Each half is consistent.

use std::sync::atomic::{AtomicBool, Ordering};

use rusqlite::Connection;

use super::{visit_briefs, ClaimQuery, Documents, Plan, BRIEF_COLUMNS};
use crate::{file, ClaimBrief, ClaimFilter, Result, Store, StoreError};

/// Below this many claims one connection is as fast: opening a second and
/// starting a thread costs about a millisecond.
const PARALLEL_FROM: u64 = 4_000;

/// The worker's output is kept in pieces of about this size, so that
/// holding half a long list never copies it to grow one buffer.
const PIECE_BYTES: usize = 64 * 1024;

/// How much of the file a list reads through a memory mapping: pages are
/// then read where they lie instead of copied in by a system call each
/// (about a fifth off a 27,000-claim list on two connections).
/// Only for the list, a read: an I/O error under a mapping is a signal,
/// not an error SQLite can report, and a long-lived writing connection
/// (the window's) should not trade that for speed.
const LIST_MAPPED_BYTES: i64 = 256 * 1024 * 1024;

/// Renders one claim as bytes (a line of the list).
pub type RenderBrief<'a> = &'a (dyn Fn(&ClaimBrief, &mut Vec<u8>) + Sync);

impl Store {
    /// Every claim of `filter` in display order, each rendered by `render`
    /// and handed to `write` as bytes (one or more claims at a time). A
    /// long unpaged list is read and rendered on two cores.
    pub fn render_claim_briefs<E: From<StoreError>>(
        &self,
        filter: &ClaimFilter,
        render: RenderBrief<'_>,
        write: impl FnMut(&[u8]) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        self.conn
            .pragma_update(None, "mmap_size", LIST_MAPPED_BYTES)
            .map_err(StoreError::from)?;
        let listed = self.render_briefs_split_from(filter, PARALLEL_FROM, render, write);
        self.conn
            .pragma_update(None, "mmap_size", 0)
            .map_err(StoreError::from)?;
        listed
    }

    /// `render_claim_briefs`, read on two connections from `split_from`
    /// claims on.
    fn render_briefs_split_from<E: From<StoreError>>(
        &self,
        filter: &ClaimFilter,
        split_from: u64,
        render: RenderBrief<'_>,
        mut write: impl FnMut(&[u8]) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let (plan, _) = Plan::of(&self.conn, filter)?;
        let mut line = Vec::new();
        let mut write_one = |write: &mut dyn FnMut(&[u8]) -> std::result::Result<(), E>,
                             brief: &ClaimBrief| {
            line.clear();
            render(brief, &mut line);
            write(&line)
        };
        let Some((path, cut)) = self.parallel_cut(filter, plan, split_from)? else {
            let query = ClaimQuery::new(filter, plan, BRIEF_COLUMNS);
            return visit_briefs(&self.conn, &query, |brief| write_one(&mut write, brief));
        };
        let newer = ClaimQuery::of_documents(filter, plan, BRIEF_COLUMNS, Documents::From(cut));
        let older = ClaimQuery::of_documents(filter, plan, BRIEF_COLUMNS, Documents::Below(cut));
        let stop = AtomicBool::new(false);
        std::thread::scope(|scope| {
            let worker = scope.spawn(|| render_apart(path, &older, render, &stop));
            let first = visit_briefs(&self.conn, &newer, |brief| write_one(&mut write, brief));
            if first.is_err() {
                // The reader has gone (a closed pipe): the rest is not wanted.
                stop.store(true, Ordering::Relaxed);
            }
            let pieces = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            first?;
            match pieces {
                Ok(pieces) => pieces.iter().try_for_each(|piece| write(piece)),
                Err(Apart::Store(err)) => Err(err.into()),
                // Only the first half's failure stops the second.
                Err(Apart::Stopped) => Ok(()),
            }
        })
    }

    /// Where to cut the list, if it has `split_from` claims or more: the
    /// first document id of the newer half, which holds about half of all
    /// claims. Only an unpaged list over every document of a file qualifies.
    fn parallel_cut(
        &self,
        filter: &ClaimFilter,
        plan: Plan,
        split_from: u64,
    ) -> Result<Option<(&std::path::Path, i64)>> {
        let Some(path) = self.path.as_deref() else {
            return Ok(None);
        };
        if plan != Plan::Claims || filter.limit.is_some() || filter.document_id.is_some() {
            return Ok(None);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT document_id, claims FROM document_counts ORDER BY document_id DESC")?;
        let counts = stmt
            .query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, u64>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let total: u64 = counts.iter().map(|&(_, claims)| claims).sum();
        if total < split_from {
            return Ok(None);
        }
        let mut newer = 0;
        for (document_id, claims) in counts {
            newer += claims;
            if 2 * newer >= total {
                return Ok(Some((path, document_id)));
            }
        }
        Ok(None)
    }
}

/// Why the second half stopped before its end.
enum Apart {
    /// The first half failed (its reader went away): the rest is not wanted.
    Stopped,
    Store(StoreError),
}

impl From<StoreError> for Apart {
    fn from(err: StoreError) -> Self {
        Apart::Store(err)
    }
}

/// The claims of `query` rendered on a connection of its own, in pieces.
fn render_apart(
    path: &std::path::Path,
    query: &ClaimQuery,
    render: RenderBrief<'_>,
    stop: &AtomicBool,
) -> std::result::Result<Vec<Vec<u8>>, Apart> {
    let conn: Connection = file::connect_reader(path)?;
    conn.pragma_update(None, "mmap_size", LIST_MAPPED_BYTES)
        .map_err(StoreError::from)?;
    let mut pieces = Vec::new();
    let mut piece = Vec::with_capacity(PIECE_BYTES);
    visit_briefs(&conn, query, |brief| {
        if stop.load(Ordering::Relaxed) {
            return Err(Apart::Stopped);
        }
        render(brief, &mut piece);
        if piece.len() >= PIECE_BYTES - 1024 {
            pieces.push(std::mem::replace(
                &mut piece,
                Vec::with_capacity(PIECE_BYTES),
            ));
        }
        Ok(())
    })?;
    pieces.push(piece);
    Ok(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewDocument, Status, StatusFilter};

    /// Six documents of seven claims, some reviewed, some with a note.
    fn reviewed_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut store = Store::open(dir.path().join("list.db")).expect("opens");
        for d in 0..6 {
            let sentences: Vec<String> = (0..7)
                .map(|k| format!("Claim {k} of document {d} says \"{}\".", k * d))
                .collect();
            let (text, claims) = crate::testing::document_of_sentences(&sentences, '\n');
            let doc = NewDocument {
                title: format!("Document {d}"),
                text,
                ..Default::default()
            };
            store.import(&doc, &claims).expect("imports");
        }
        let ids: Vec<i64> = store
            .claim_briefs(&ClaimFilter::default())
            .expect("lists")
            .iter()
            .map(|c| c.id)
            .collect();
        for (k, &id) in ids.iter().enumerate() {
            match k % 4 {
                0 => store.set_verdict(id, Status::Disputed, None).map(drop),
                1 => store.set_note(id, "to check").map(drop),
                _ => Ok(()),
            }
            .expect("reviews");
        }
        (dir, store)
    }

    fn line(brief: &ClaimBrief, out: &mut Vec<u8>) {
        out.extend_from_slice(format!("{brief:?}\n").as_bytes());
    }

    fn rendered(store: &Store, filter: &ClaimFilter, split_from: u64) -> String {
        let mut out = Vec::new();
        store
            .render_briefs_split_from(filter, split_from, &line, |bytes| {
                out.extend_from_slice(bytes);
                Ok::<_, StoreError>(())
            })
            .expect("renders");
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn a_list_read_in_two_halves_is_the_list_read_in_one() {
        let (_dir, store) = reviewed_store();
        let filters = [
            ClaimFilter::default(),
            ClaimFilter {
                numeric: Some(true),
                ..Default::default()
            },
            ClaimFilter {
                attributed: Some(false),
                ..Default::default()
            },
            ClaimFilter {
                status: Some(StatusFilter::NotReviewed),
                ..Default::default()
            },
            ClaimFilter {
                status: Some(StatusFilter::Disputed),
                ..Default::default()
            },
            ClaimFilter {
                search: Some("document".into()),
                ..Default::default()
            },
            ClaimFilter {
                limit: Some(5),
                offset: Some(3),
                ..Default::default()
            },
        ];
        for filter in &filters {
            let mut one = String::new();
            store
                .each_claim_brief(filter, |brief| {
                    let mut bytes = Vec::new();
                    line(brief, &mut bytes);
                    one += &String::from_utf8_lossy(&bytes);
                    Ok::<_, StoreError>(())
                })
                .expect("lists");
            assert!(!one.is_empty(), "{filter:?} lists nothing");
            assert_eq!(rendered(&store, filter, 1), one, "{filter:?}");
        }
    }

    #[test]
    fn only_a_long_unpaged_list_of_every_document_is_split() {
        let (_dir, store) = reviewed_store();
        let cut = |filter: &ClaimFilter, split_from| {
            let (plan, _) = Plan::of(&store.conn, filter).expect("plans");
            store
                .parallel_cut(filter, plan, split_from)
                .expect("counts")
                .map(|(_, cut)| cut)
        };
        let all = ClaimFilter::default();
        let newest = store.documents().expect("documents")[0].id;
        let cases = [
            (all.clone(), 1, true),
            (all.clone(), 42, true),
            (all.clone(), 43, false),
            (
                ClaimFilter {
                    limit: Some(10),
                    ..Default::default()
                },
                1,
                false,
            ),
            (
                ClaimFilter {
                    document_id: Some(newest),
                    ..Default::default()
                },
                1,
                false,
            ),
            (
                ClaimFilter {
                    status: Some(StatusFilter::Disputed),
                    ..Default::default()
                },
                1,
                false,
            ),
        ];
        for (filter, split_from, split) in cases {
            assert_eq!(
                cut(&filter, split_from).is_some(),
                split,
                "{filter:?} from {split_from}"
            );
        }
        // Six documents of seven claims: the newer three hold half.
        let ids: Vec<i64> = store
            .documents()
            .expect("documents")
            .iter()
            .map(|d| d.id)
            .collect();
        assert_eq!(cut(&all, 1), Some(ids[2]));
    }

    #[test]
    fn a_reader_that_goes_away_stops_the_list() {
        let (_dir, store) = reviewed_store();
        let mut calls = 0;
        let result = store.render_briefs_split_from(&ClaimFilter::default(), 1, &line, |_| {
            calls += 1;
            Err(StoreError::Invalid("closed pipe".into()))
        });
        assert!(matches!(result, Err(StoreError::Invalid(_))));
        assert_eq!(calls, 1);
    }
}
