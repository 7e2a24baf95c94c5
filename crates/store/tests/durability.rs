//! No verdict is ever lost: a writer killed with SIGKILL at a random moment
//! leaves a database that passes `PRAGMA integrity_check` and holds every
//! verdict it reported committed, with its event; two processes writing at
//! once both succeed without "database is locked"; a full disk is reported
//! and loses nothing.
//!
//! CLAIMDESK_CRASH_RUNS sets how many kills (default 25; the long run uses 100).

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use store::{ClaimFilter, NewClaim, NewDocument, Status, Store, StoreError};

const WRITER: &str = env!("CARGO_BIN_EXE_verdict-writer");

fn database_with_claims(path: &std::path::Path, n: usize) {
    let mut store = Store::open(path).unwrap();
    let text: String = (0..n)
        .map(|k| format!("Officials said {k} people were hurt. "))
        .collect();
    let mut claims = Vec::new();
    let mut pos = 0;
    for k in 0..n {
        let len = format!("Officials said {k} people were hurt.").len();
        claims.push(NewClaim {
            start: pos,
            end: pos + len,
            numeric: true,
            attributed: true,
            numbers: vec![],
            sources: vec![],
        });
        pos += len + 1;
    }
    store
        .import(
            &NewDocument {
                title: "t".into(),
                text,
                ..Default::default()
            },
            &claims,
        )
        .unwrap();
}

/// Every write the writer reported committed: (claim, status, note).
fn committed(lines: &[String]) -> Vec<(i64, Status, String)> {
    lines
        .iter()
        .filter_map(|l| match l.split_whitespace().collect::<Vec<_>>()[..] {
            ["committed", claim, status, note] => Some((
                claim.parse().unwrap(),
                Status::parse(status).unwrap(),
                note.to_string(),
            )),
            _ => None,
        })
        .collect()
}

fn runs() -> usize {
    std::env::var("CLAIMDESK_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(25)
}

#[test]
fn sigkill_at_a_random_moment_loses_no_committed_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("crash.db");
    database_with_claims(&db, 40);
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15 ^ std::process::id() as u64;
    let mut total_committed = 0;
    for run in 0..runs() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let mut child = Command::new(WRITER)
            .arg(&db)
            .arg("0")
            .arg((seed | 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        // Kill somewhere between 5 and 300 ms in: before, during or between commits.
        std::thread::sleep(Duration::from_millis(5 + seed % 295));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let lines = reader.join().unwrap();
        let expected = committed(&lines);
        total_committed += lines.len();

        let store = Store::open(&db)
            .unwrap_or_else(|e| panic!("run {run}: the database does not reopen: {e}"));
        assert_eq!(store.integrity_check().unwrap(), "ok", "run {run}");
        let mut histories: HashMap<i64, Vec<store::VerdictEvent>> = HashMap::new();
        for (claim, status, note) in &expected {
            let history = histories
                .entry(*claim)
                .or_insert_with(|| store.history(*claim).unwrap());
            // Every reported commit is on disk, with its event.
            assert!(
                history
                    .iter()
                    .any(|e| e.new_note.as_deref() == Some(note.as_str())
                        && e.new_status == Some(*status)),
                "run {run}: the committed verdict {note} of claim {claim} is missing"
            );
        }
        // And each verdict row is its claim's newest event (a commit made
        // just before the kill, not yet reported, may be newer than the
        // last reported one).
        for (claim, history) in &histories {
            let newest = history.last().unwrap();
            let row = store.claim(*claim).unwrap();
            assert_eq!(
                (row.status, row.note.as_deref()),
                (newest.new_status, newest.new_note.as_deref()),
                "run {run}: claim {claim}'s verdict and history disagree"
            );
        }
    }
    println!(
        "{} SIGKILLs survived, {total_committed} committed verdicts checked",
        runs()
    );
}

#[test]
fn two_processes_writing_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("shared.db");
    database_with_claims(&db, 20);
    let started = Instant::now();
    let writers: Vec<_> = [7u64, 11]
        .iter()
        .map(|seed| {
            Command::new(WRITER)
                .arg(&db)
                .arg("300")
                .arg(seed.to_string())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut lines = Vec::new();
    for w in writers {
        let out = w.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "a writer failed: {stderr}");
        assert!(!stderr.contains("locked"), "{stderr}");
        lines.extend(
            String::from_utf8(out.stdout)
                .unwrap()
                .lines()
                .map(str::to_string),
        );
    }
    assert_eq!(lines.len(), 600, "every write of both processes committed");
    let store = Store::open(&db).unwrap();
    let events: usize = store
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| store.history(c.id).unwrap().len())
        .sum();
    assert_eq!(events, 600, "one event per committed write");
    println!(
        "600 concurrent writes from 2 processes in {:?}",
        started.elapsed()
    );
}

#[test]
fn a_full_disk_is_reported_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("full.db");
    database_with_claims(&db, 5);
    let mut store = Store::open(&db).unwrap();
    let claim = store.claims(&ClaimFilter::default()).unwrap()[0].id;
    store
        .set_verdict(claim, Status::Disputed, Some("before the disk filled"))
        .unwrap();
    // SQLite's page limit stands in for a full disk.
    store.limit_pages_for_tests(0).unwrap();
    let big = "Officials said 5 people were hurt. ".repeat(20_000);
    let claims = vec![NewClaim {
        start: 0,
        end: 34,
        numeric: true,
        attributed: true,
        numbers: vec![],
        sources: vec![],
    }];
    let err = store
        .import(
            &NewDocument {
                title: "big".into(),
                text: big,
                ..Default::default()
            },
            &claims,
        )
        .unwrap_err();
    assert!(matches!(err, StoreError::DiskFull(_)), "{err:?}");
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert_eq!(
        store.documents().unwrap().len(),
        1,
        "the failed import left nothing behind"
    );
    assert_eq!(
        store.claim(claim).unwrap().note.as_deref(),
        Some("before the disk filled")
    );
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

#[test]
fn a_second_connection_checkpoints_what_the_writer_left_in_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    let mut store = Store::open(&path).unwrap();
    store.leave_checkpoints_to_another_connection().unwrap();
    let text = "Officials said 40 people were hurt.";
    let claims = vec![NewClaim {
        start: 0,
        end: text.len(),
        numeric: true,
        attributed: true,
        numbers: vec![],
        sources: vec![],
    }];
    for i in 0..300 {
        let doc = NewDocument {
            title: format!("doc {i}"),
            text: format!("{text} ({i})"),
            ..NewDocument::default()
        };
        store.import(&doc, &claims).unwrap();
    }
    let log = dir.path().join("claimdesk.db-wal");
    let grown = std::fs::metadata(&log).unwrap().len();
    assert!(
        grown > 1000 * 4096,
        "commits no longer checkpoint: the log grew to {grown} bytes"
    );
    let checkpointer = store::Checkpointer::open(&path).unwrap();
    assert_eq!(checkpointer.checkpoint().unwrap(), 0, "every page copied");
    drop(store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.documents().unwrap().len(), 300);
}
