//! The store's contract, on temp databases.

use store::{
    ClaimFilter, NewClaim, NewDocument, NewEvidence, Status, StatusFilter, Store, StoreError,
    Verdict,
};

const TEXT: &str =
    "Officials said 40 people were hurt. Nothing else happened. The mayor said “it was a tragedy”.";

fn claims_of(text: &str) -> Vec<NewClaim> {
    let first = text.find(". ").unwrap() + 1;
    let third = text.find("The mayor").unwrap();
    vec![
        NewClaim {
            start: 0,
            end: first,
            numeric: true,
            attributed: true,
            numbers: vec![],
            sources: vec![],
        },
        NewClaim {
            start: third,
            end: text.len(),
            numeric: false,
            attributed: true,
            numbers: vec![],
            sources: vec![],
        },
    ]
}

fn doc(text: &str) -> NewDocument {
    NewDocument {
        title: "Test article".into(),
        text: text.into(),
        ..NewDocument::default()
    }
}

fn store_with_doc() -> (tempfile::TempDir, Store, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("claimdesk.db")).unwrap();
    let outcome = store.import(&doc(TEXT), &claims_of(TEXT)).unwrap();
    (dir, store, outcome.id)
}

fn first_claim(store: &Store) -> i64 {
    store.claims(&ClaimFilter::default()).unwrap()[0].id
}

#[test]
fn a_new_database_is_migrated_to_the_latest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nested/folder/claimdesk.db");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), store::latest_version());
    assert_eq!(store.integrity_check().unwrap(), "ok");
    drop(store);
    // Reopening an up-to-date database changes nothing.
    let store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), store::latest_version());
}

#[test]
fn files_that_are_not_claimdesk_databases_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let foreign = {
        let p = dir.path().join("foreign.db");
        let c = rusqlite::Connection::open(&p).unwrap();
        c.execute_batch("CREATE TABLE bookmarks (url TEXT);")
            .unwrap();
        drop(c);
        std::fs::read(&p).unwrap()
    };
    let mut truncated_sqlite = b"SQLite format 3\0".to_vec();
    truncated_sqlite.extend_from_slice(&[0xAB; 300]);
    let cases: &[(&str, Vec<u8>, &str)] = &[
        (
            "plain text",
            b"This is my article, not a database.\n".to_vec(),
            "not_a_database",
        ),
        (
            "binary noise",
            (0..4096u32).map(|i| (i * 7 % 251) as u8).collect(),
            "not_a_database",
        ),
        ("a short file", b"SQL".to_vec(), "not_a_database"),
        ("a damaged SQLite file", truncated_sqlite, "not_a_database"),
        (
            "another program's SQLite database",
            foreign,
            "foreign_database",
        ),
    ];
    for (what, bytes, code) in cases {
        let path = dir
            .path()
            .join(format!("{code}-{}.db", what.replace(' ', "_")));
        std::fs::write(&path, bytes).unwrap();
        let err = Store::open(&path).expect_err(what);
        assert_eq!(err.code(), *code, "{what}: {err}");
        assert!(err.to_string().contains("left untouched"), "{what}: {err}");
        assert_eq!(
            &std::fs::read(&path).unwrap(),
            bytes,
            "{what}: file was modified"
        );
        assert!(
            !dir.path().join(format!("{}-wal", path.display())).exists(),
            "{what}: a WAL file appeared"
        );
    }
}

#[test]
fn a_database_from_a_newer_claimdesk_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claimdesk.db");
    drop(Store::open(&path).unwrap());
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", store::latest_version() + 5)
            .unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { .. }), "{err}");
    assert!(err.to_string().contains("newer Claimdesk"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn importing_the_same_text_twice_is_reported_not_duplicated() {
    let (_dir, mut store, id) = store_with_doc();
    let again = store
        .import(
            &NewDocument {
                title: "Another title".into(),
                ..doc(TEXT)
            },
            &claims_of(TEXT),
        )
        .unwrap();
    assert!(again.duplicate);
    assert_eq!(again.id, id);
    assert_eq!(again.title, "Test article");
    assert_eq!(again.claims, 2);
    assert_eq!(store.documents().unwrap().len(), 1);
    assert_eq!(store.claims(&ClaimFilter::default()).unwrap().len(), 2);
}

#[test]
fn imports_that_do_not_fit_are_refused_and_leave_nothing_behind() {
    let (_dir, mut store, _) = store_with_doc();
    let bad_span = NewClaim {
        start: 5,
        end: 10_000,
        numeric: true,
        attributed: false,
        numbers: vec![],
        sources: vec![],
    };
    let cases: &[(&str, NewDocument, Vec<NewClaim>)] = &[
        ("empty text", doc("  \n\t "), vec![]),
        (
            "claim past the end",
            doc("A different text of 40 bytes or so."),
            vec![bad_span],
        ),
    ];
    for (what, d, c) in cases {
        let err = store.import(d, c).expect_err(what);
        assert_eq!(err.code(), "invalid", "{what}");
    }
    assert_eq!(store.documents().unwrap().len(), 1);
}

#[test]
fn offsets_are_byte_offsets_into_the_document_text() {
    let (_dir, store, id) = store_with_doc();
    let document = store.document(id).unwrap();
    for claim in store
        .claims(&ClaimFilter {
            document_id: Some(id),
            ..Default::default()
        })
        .unwrap()
    {
        assert_eq!(&document.text[claim.start..claim.end], claim.text);
    }
}

#[test]
fn a_verdict_and_its_event_are_written_together() {
    let (_dir, mut store, _) = store_with_doc();
    let claim = first_claim(&store);
    let v = store
        .set_verdict(claim, Status::Disputed, Some("figure differs from police"))
        .unwrap();
    assert_eq!(v.status, Some(Status::Disputed));
    assert_eq!(v.note.as_deref(), Some("figure differs from police"));
    let v = store
        .set_verdict(claim, Status::Corroborated, None)
        .unwrap();
    assert_eq!(
        v.note.as_deref(),
        Some("figure differs from police"),
        "None keeps the note"
    );
    let history = store.history(claim).unwrap();
    let steps: Vec<_> = history
        .iter()
        .map(|e| (e.action.as_str(), e.old_status, e.new_status))
        .collect();
    assert_eq!(
        steps,
        [
            ("set", None, Some(Status::Disputed)),
            ("set", Some(Status::Disputed), Some(Status::Corroborated))
        ]
    );
}

#[test]
fn a_failed_verdict_writes_neither_verdict_nor_event() {
    let (_dir, mut store, _) = store_with_doc();
    let err = store
        .set_verdict(9_999, Status::Disputed, None)
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert!(store.history(9_999).unwrap().is_empty());
}

#[test]
fn undo_is_a_new_event_that_walks_back_through_the_changes() {
    let (_dir, mut store, _) = store_with_doc();
    let claim = first_claim(&store);
    store
        .set_verdict(claim, Status::Unverified, Some("first look"))
        .unwrap();
    store
        .set_verdict(claim, Status::Disputed, Some("police say 12"))
        .unwrap();
    store.clear_verdict(claim).unwrap();

    let steps = [
        (Some(Status::Disputed), Some("police say 12")),
        (Some(Status::Unverified), Some("first look")),
        (None, None),
    ];
    for (status, note) in steps {
        let undone = store.undo(None).unwrap();
        let [v] = undone.as_slice() else {
            panic!("one change undone at a time: {undone:?}")
        };
        assert_eq!((v.status, v.note.as_deref()), (status, note));
        assert_eq!(store.claim(claim).unwrap().status, status);
    }
    assert_eq!(store.undo(None).unwrap(), vec![], "nothing left to undo");
    let actions: Vec<_> = store
        .history(claim)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert_eq!(actions, ["set", "set", "clear", "undo", "undo", "undo"]);
}

#[test]
fn a_note_can_come_before_a_verdict_and_outlives_a_cleared_one() {
    let (_dir, mut store, _) = store_with_doc();
    let claim = first_claim(&store);
    // (step, status after, note after, action in the history)
    type Step = fn(&mut Store, i64) -> store::Result<()>;
    let steps: &[(Step, Option<Status>, Option<&str>, &str)] = &[
        (
            |s, id| s.set_note(id, "ask the ministry").map(drop),
            None,
            Some("ask the ministry"),
            "note",
        ),
        (
            |s, id| s.set_verdict(id, Status::Disputed, None).map(drop),
            Some(Status::Disputed),
            Some("ask the ministry"),
            "set",
        ),
        (
            |s, id| s.set_note(id, "ministry says 12").map(drop),
            Some(Status::Disputed),
            Some("ministry says 12"),
            "set",
        ),
        (
            |s, id| s.clear_verdict(id).map(drop),
            None,
            Some("ministry says 12"),
            "clear",
        ),
        (|s, id| s.set_note(id, "").map(drop), None, None, "note"),
        (
            |s, id| s.undo(Some(id)).map(drop),
            None,
            Some("ministry says 12"),
            "undo",
        ),
    ];
    for (k, (step, status, note, action)) in steps.iter().enumerate() {
        step(&mut store, claim).unwrap();
        let c = store.claim(claim).unwrap();
        let note_now = c.note.as_deref().filter(|n| !n.is_empty());
        assert_eq!((c.status, note_now), (*status, *note), "after step {k}");
        let history = store.history(claim).unwrap();
        assert_eq!(history.last().unwrap().action, *action, "step {k}");
        assert_eq!(history.len(), k + 1, "one event per step");
    }
    // Not reviewed, for the filter and the counts, whatever its note.
    let not_reviewed = store
        .claims(&ClaimFilter {
            status: Some(StatusFilter::NotReviewed),
            ..Default::default()
        })
        .unwrap();
    assert!(not_reviewed.iter().any(|c| c.id == claim));
    let unchanged = store.set_note(claim, "ministry says 12").unwrap();
    assert_eq!(unchanged.note.as_deref(), Some("ministry says 12"));
    assert_eq!(
        store.history(claim).unwrap().len(),
        steps.len(),
        "an unchanged note writes nothing"
    );
}

/// Three claims of one document, in document order.
fn three_claims(store: &mut Store) -> Vec<i64> {
    let text = "One said 1 thing. Two said 2 things. Three said 3 things.";
    let claims = ["One", "Two", "Three"]
        .iter()
        .map(|w| {
            let start = text.find(w).unwrap();
            NewClaim {
                start,
                end: start + text[start..].find('.').unwrap() + 1,
                numeric: true,
                attributed: true,
                numbers: vec![],
                sources: vec![],
            }
        })
        .collect::<Vec<_>>();
    let id = store.import(&doc(text), &claims).unwrap().id;
    store
        .claims(&ClaimFilter {
            document_id: Some(id),
            ..Default::default()
        })
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect()
}

#[test]
fn one_undo_takes_back_a_batch_and_a_claim_undo_only_its_own_change() {
    type Step = fn(&mut Store, &[i64]) -> Vec<Verdict>;
    // Each case: what was done after a batch gave claims 2 and 3 the
    // verdict disputed (claim 3 was unverified with a note before), and
    // the statuses of claims 1, 2, 3 after it.
    let cases: [(&str, Step, [Option<Status>; 3]); 3] = [
        (
            "nothing",
            |_, _| vec![],
            [
                Some(Status::Disputed),
                Some(Status::Disputed),
                Some(Status::Disputed),
            ],
        ),
        (
            "undo anything: the whole batch",
            |s, _| s.undo(None).unwrap(),
            [Some(Status::Disputed), None, Some(Status::Unverified)],
        ),
        (
            "undo claim 2 only",
            |s, ids| s.undo(Some(ids[1])).unwrap(),
            [Some(Status::Disputed), None, Some(Status::Disputed)],
        ),
    ];
    for (what, step, want) in cases {
        let (_dir, mut store, _) = store_with_doc();
        let ids = three_claims(&mut store);
        store
            .set_verdict(ids[2], Status::Unverified, Some("own"))
            .unwrap();
        store.set_verdict(ids[0], Status::Disputed, None).unwrap();
        let changed = store
            .set_verdicts(&[ids[0], ids[1], ids[2]], Status::Disputed, "same claim")
            .unwrap();
        let changed: Vec<i64> = changed.iter().map(|v| v.claim_id).collect();
        assert_eq!(changed, [ids[1], ids[2]], "claim 1 had the verdict already");
        step(&mut store, &ids);
        let got: Vec<Option<Status>> = ids
            .iter()
            .map(|&id| store.claim(id).unwrap().status)
            .collect();
        assert_eq!(got, want, "{what}");
        let notes: Vec<Option<String>> = ids[1..]
            .iter()
            .map(|&id| store.claim(id).unwrap().note)
            .collect();
        if want[1].is_some() {
            assert_eq!(
                notes[0].as_deref(),
                Some("same claim"),
                "{what}: an empty note is filled"
            );
        }
        assert_eq!(
            notes[1].as_deref(),
            Some("own"),
            "{what}: a note of its own is kept"
        );
    }
}

#[test]
fn verdict_events_cannot_be_rewritten() {
    let (dir, mut store, _) = store_with_doc();
    let claim = first_claim(&store);
    store.set_verdict(claim, Status::Disputed, None).unwrap();
    drop(store);
    let c = rusqlite::Connection::open(dir.path().join("claimdesk.db")).unwrap();
    let err = c
        .execute("UPDATE verdict_events SET new_status = 'corroborated'", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
}

#[test]
fn claims_filter_by_status_kind_document_and_search() {
    let (_dir, mut store, id) = store_with_doc();
    let other = "Ministers met on Monday. A spokesman said 12 tanks crossed the border.";
    let other_claims = vec![NewClaim {
        start: other.find("A spokesman").unwrap(),
        end: other.len(),
        numeric: true,
        attributed: true,
        numbers: vec![],
        sources: vec![],
    }];
    let other_id = store.import(&doc(other), &other_claims).unwrap().id;
    let first = store
        .claims(&ClaimFilter {
            document_id: Some(id),
            ..Default::default()
        })
        .unwrap()[0]
        .id;
    store
        .set_verdict(first, Status::Corroborated, None)
        .unwrap();

    let count = |f: ClaimFilter| store.claims(&f).unwrap().len();
    let cases: &[(&str, ClaimFilter, usize)] = &[
        ("everything", ClaimFilter::default(), 3),
        (
            "one document",
            ClaimFilter {
                document_id: Some(other_id),
                ..Default::default()
            },
            1,
        ),
        (
            "not reviewed",
            ClaimFilter {
                status: Some(StatusFilter::NotReviewed),
                ..Default::default()
            },
            2,
        ),
        (
            "corroborated",
            ClaimFilter {
                status: Some(StatusFilter::Corroborated),
                ..Default::default()
            },
            1,
        ),
        (
            "disputed",
            ClaimFilter {
                status: Some(StatusFilter::Disputed),
                ..Default::default()
            },
            0,
        ),
        (
            "numeric",
            ClaimFilter {
                numeric: Some(true),
                ..Default::default()
            },
            2,
        ),
        (
            "not numeric",
            ClaimFilter {
                numeric: Some(false),
                ..Default::default()
            },
            1,
        ),
        (
            "search a word",
            ClaimFilter {
                search: Some("tanks".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "search a prefix",
            ClaimFilter {
                search: Some("trag".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "search is case-blind",
            ClaimFilter {
                search: Some("OFFICIALS".into()),
                ..Default::default()
            },
            1,
        ),
        (
            "search with FTS syntax is taken literally",
            ClaimFilter {
                search: Some("said\"*(".into()),
                ..Default::default()
            },
            3,
        ),
        (
            "search of punctuation only",
            ClaimFilter {
                search: Some("\"*".into()),
                ..Default::default()
            },
            3,
        ),
        (
            "limit",
            ClaimFilter {
                limit: Some(2),
                ..Default::default()
            },
            2,
        ),
    ];
    for (what, filter, expected) in cases {
        assert_eq!(count(filter.clone()), *expected, "{what}");
    }
}

#[test]
fn document_counts_say_when_a_document_is_done() {
    let (_dir, mut store, id) = store_with_doc();
    let claims = store.claims(&ClaimFilter::default()).unwrap();
    store
        .set_verdict(claims[0].id, Status::Corroborated, None)
        .unwrap();
    let summary = &store.documents().unwrap()[0];
    assert_eq!(
        (
            summary.counts.claims,
            summary.counts.not_reviewed,
            summary.counts.corroborated
        ),
        (2, 1, 1)
    );
    assert!(!summary.counts.done());
    store
        .set_verdict(claims[1].id, Status::Unverified, None)
        .unwrap();
    assert!(store.documents().unwrap()[0].counts.done());
    assert_eq!(store.documents().unwrap()[0].id, id);
    assert_eq!(store.totals().unwrap().unverified, 1);
}

#[test]
fn evidence_links_must_be_web_links() {
    let (_dir, mut store, _) = store_with_doc();
    let claim = first_claim(&store);
    let cases = [
        ("https://example.org/report", true),
        ("http://example.org", true),
        ("  HTTPS://Example.org/a?b=c  ", true),
        ("javascript:alert(1)", false),
        ("file:///etc/passwd", false),
        ("data:text/html,<script>alert(1)</script>", false),
        ("https://", false),
        ("https://exa mple.org", false),
        ("example.org", false),
    ];
    for (url, ok) in cases {
        let result = store.add_evidence(
            claim,
            &NewEvidence {
                url: url.into(),
                title: Some("t".into()),
                quote: None,
            },
        );
        assert_eq!(result.is_ok(), ok, "{url}: {result:?}");
    }
    let evidence = store.evidence(claim).unwrap();
    assert_eq!(evidence.len(), 3);
    assert_eq!(evidence[2].url, "HTTPS://Example.org/a?b=c");
    store.remove_evidence(evidence[0].id).unwrap();
    assert_eq!(store.evidence(claim).unwrap().len(), 2);
    assert_eq!(
        store.remove_evidence(evidence[0].id).unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn report_data_gathers_documents_claims_and_evidence() {
    let (_dir, mut store, id) = store_with_doc();
    let claim = first_claim(&store);
    store
        .set_verdict(claim, Status::Disputed, Some("n"))
        .unwrap();
    store
        .add_evidence(
            claim,
            &NewEvidence {
                url: "https://example.org".into(),
                ..Default::default()
            },
        )
        .unwrap();
    let data = store.report_data(Some(id), None).unwrap();
    assert_eq!(data.documents.len(), 1);
    assert_eq!(data.documents[0].claims.len(), 2);
    assert_eq!(
        data.documents[0]
            .claims
            .iter()
            .map(|c| c.evidence.len())
            .sum::<usize>(),
        1
    );
    let disputed = store
        .report_data(None, Some(StatusFilter::Disputed))
        .unwrap();
    assert_eq!(disputed.documents[0].claims.len(), 1);
    assert_eq!(
        store.report_data(Some(77), None).unwrap_err().code(),
        "not_found"
    );
}

/// A store with four documents, claims of every kind, and verdicts set,
/// changed, cleared and undone, so that every status has claims in several
/// documents and some documents have none of a status.
fn store_with_reviews() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("claimdesk.db")).unwrap();
    let words = ["harbour", "wheat", "troops", "budget"];
    for d in 0..4 {
        let sentences: Vec<String> = (0..9)
            .map(|k| {
                format!(
                    "Sentence {k} of document {d} is about {}.",
                    words[(d + k) % 4]
                )
            })
            .collect();
        let (text, claims) = store::testing::document_of_sentences(&sentences, ' ');
        store.import(&doc(&text), &claims).unwrap();
    }
    let ids: Vec<i64> = store
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let statuses = [Status::Corroborated, Status::Disputed, Status::Unverified];
    for (k, &id) in ids.iter().enumerate() {
        match k % 5 {
            0 if k % 2 == 0 => {
                store.set_note(id, "a note before any verdict").unwrap();
            }
            0 => {}
            1 => {
                store.set_verdict(id, statuses[k % 3], None).unwrap();
            }
            2 => {
                store.set_verdict(id, Status::Disputed, None).unwrap();
                store.set_verdict(id, statuses[(k + 1) % 3], None).unwrap();
            }
            3 => {
                store.set_verdict(id, statuses[k % 3], None).unwrap();
                store.clear_verdict(id).unwrap();
            }
            _ => {
                store.set_verdict(id, Status::Unverified, None).unwrap();
                store.set_verdict(id, Status::Corroborated, None).unwrap();
                store.undo(Some(id)).unwrap();
            }
        }
    }
    (dir, store)
}

/// Every combination of filters gives the claims (in display order) and the
/// count that a plain reading of the filter over all claims gives, however
/// the store plans the query.
fn assert_filters_agree_with_a_plain_reading(store: &Store) {
    let all = store.claims(&ClaimFilter::default()).unwrap();
    assert!(all
        .windows(2)
        .all(|w| (std::cmp::Reverse(w[0].document_id), w[0].start)
            < (std::cmp::Reverse(w[1].document_id), w[1].start)));
    let documents: Vec<Option<i64>> = std::iter::once(None)
        .chain(store.documents().unwrap().iter().map(|d| Some(d.id)))
        .collect();
    let statuses = [
        None,
        Some(StatusFilter::NotReviewed),
        Some(StatusFilter::Corroborated),
        Some(StatusFilter::Disputed),
        Some(StatusFilter::Unverified),
    ];
    let mut checked = 0;
    for &document_id in &documents {
        for status in statuses {
            for numeric in [None, Some(true), Some(false)] {
                for attributed in [None, Some(true), Some(false)] {
                    for search in [None, Some("harbour")] {
                        let filter = ClaimFilter {
                            document_id,
                            status,
                            numeric,
                            attributed,
                            search: search.map(String::from),
                            limit: None,
                            offset: None,
                            conflict: None,
                        };
                        let expected: Vec<i64> = all
                            .iter()
                            .filter(|c| document_id.is_none_or(|d| c.document_id == d))
                            .filter(|c| status.is_none_or(|s| c.status == s.status()))
                            .filter(|c| numeric.is_none_or(|n| c.numeric == n))
                            .filter(|c| attributed.is_none_or(|a| c.attributed == a))
                            .filter(|c| search.is_none_or(|w| c.text.contains(w)))
                            .map(|c| c.id)
                            .collect();
                        let got: Vec<i64> = store
                            .claims(&filter)
                            .unwrap()
                            .iter()
                            .map(|c| c.id)
                            .collect();
                        assert_eq!(got, expected, "{filter:?}");
                        // Briefs, read from the list's index with their text cut
                        // from the document, are the claims' own fields.
                        let briefs: Vec<_> = store
                            .claim_briefs(&filter)
                            .unwrap()
                            .into_iter()
                            .map(|b| (b.id, b.start, b.end, b.text, b.status, b.note))
                            .collect();
                        let from_rows: Vec<_> = store
                            .claims(&filter)
                            .unwrap()
                            .into_iter()
                            .map(|c| (c.id, c.start, c.end, c.text, c.status, c.note))
                            .collect();
                        assert_eq!(briefs, from_rows, "briefs of {filter:?}");
                        assert_eq!(
                            store.count_claims(&filter).unwrap() as usize,
                            expected.len(),
                            "count of {filter:?}"
                        );
                        let (rows, total) = store.claims_and_count(&filter).unwrap();
                        assert_eq!(
                            (
                                rows.iter().map(|c| c.id).collect::<Vec<_>>(),
                                total as usize
                            ),
                            (expected.clone(), expected.len()),
                            "page and count of {filter:?}"
                        );
                        // Pages of three, read one after another, are the same list.
                        let paged: Vec<i64> = (0..expected.len().div_ceil(3) + 1)
                            .flat_map(|p| {
                                store
                                    .claims(&ClaimFilter {
                                        limit: Some(3),
                                        offset: Some(p as u32 * 3),
                                        ..filter.clone()
                                    })
                                    .unwrap()
                            })
                            .map(|c| c.id)
                            .collect();
                        assert_eq!(paged, expected, "pages of {filter:?}");
                        checked += usize::from(!expected.is_empty());
                    }
                }
            }
        }
    }
    assert!(
        checked > 250,
        "too few filters matched anything ({checked}): the fixture does not exercise them"
    );
}

#[test]
fn every_filter_combination_lists_and_counts_what_a_plain_reading_does() {
    let (_dir, store) = store_with_reviews();
    for status in [
        StatusFilter::NotReviewed,
        StatusFilter::Corroborated,
        StatusFilter::Disputed,
        StatusFilter::Unverified,
    ] {
        assert!(
            store
                .count_claims(&ClaimFilter {
                    status: Some(status),
                    ..Default::default()
                })
                .unwrap()
                > 0,
            "no {status:?} claims"
        );
    }
    assert_filters_agree_with_a_plain_reading(&store);
}

#[test]
fn a_database_from_an_earlier_schema_is_upgraded_with_its_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    let (_reviewed_dir, reviewed) = store_with_reviews();
    // That schema had no notes before verdicts: those rows are not copied.
    let before: Vec<_> = reviewed
        .claims(&ClaimFilter::default())
        .unwrap()
        .into_iter()
        .map(|mut c| {
            if c.status.is_none() {
                (c.note, c.updated_at) = (None, None);
            }
            c
        })
        .collect();
    // The same documents and verdicts, written by the schema before verdicts
    // knew their place in display order.
    let path = dir.path().join("old.db");
    Store::create_at_version_for_tests(&path, 2).unwrap();
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute(
            &format!("ATTACH '{}' AS new", reviewed.path().unwrap().display()),
            [],
        )
        .unwrap();
        // The columns that schema had (documents gained `author` later).
        for (table, columns) in [
            (
                "documents",
                "id, title, origin, publisher, published_at, imported_at, text, sha256",
            ),
            ("claims", "*"),
        ] {
            c.execute(
                &format!("INSERT INTO main.{table} SELECT {columns} FROM new.{table}"),
                [],
            )
            .unwrap();
        }
        c.execute(
            "INSERT INTO main.verdicts SELECT claim_id, status, note, updated_at FROM new.verdicts
             WHERE status IS NOT NULL",
            [],
        )
        .unwrap();
        c.execute(
            "INSERT INTO main.verdict_events SELECT id, claim_id, action, old_status, new_status,
                old_note, new_note, undoes, at FROM new.verdict_events",
            [],
        )
        .unwrap();
        assert_eq!(
            c.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
                .unwrap(),
            2
        );
    }
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), store::latest_version());
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(store.claims(&ClaimFilter::default()).unwrap(), before);
    assert_filters_agree_with_a_plain_reading(&store);
    // Verdicts written after the upgrade are found by status too.
    let first = before[0].id;
    store.set_verdict(first, Status::Disputed, None).unwrap();
    let disputed = store
        .claims(&ClaimFilter {
            status: Some(StatusFilter::Disputed),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(disputed.first().map(|c| c.id), Some(first));
    assert_filters_agree_with_a_plain_reading(&store);
}

/// The per-document counts are kept by the writes (triggers): after every
/// kind of change they equal a count of the claims themselves.
#[test]
fn document_counts_follow_every_verdict_change() {
    let (_dir, mut store) = store_with_reviews();
    let ids: Vec<i64> = store
        .claims(&ClaimFilter::default())
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    type Change = fn(&mut Store, i64) -> store::Result<()>;
    let steps: &[(&str, Change)] = &[
        ("note first", |s, id| s.set_note(id, "to check").map(drop)),
        ("note removed", |s, id| s.set_note(id, "").map(drop)),
        ("note again", |s, id| {
            s.set_note(id, "ask the ministry").map(drop)
        }),
        ("set", |s, id| {
            s.set_verdict(id, Status::Corroborated, None).map(drop)
        }),
        ("change", |s, id| {
            s.set_verdict(id, Status::Disputed, Some("n")).map(drop)
        }),
        ("same again", |s, id| {
            s.set_verdict(id, Status::Disputed, None).map(drop)
        }),
        ("clear", |s, id| s.clear_verdict(id).map(drop)),
        ("clear a claim without one", |s, id| {
            s.clear_verdict(id).map(drop)
        }),
        ("undo the clear", |s, id| s.undo(Some(id)).map(drop)),
        ("undo the change", |s, id| s.undo(Some(id)).map(drop)),
        ("undo anything", |s, _| s.undo(None).map(drop)),
    ];
    for (name, change) in steps {
        for &id in ids.iter().step_by(3) {
            change(&mut store, id).unwrap();
        }
        let mut total = store::StatusCounts::default();
        for d in store.documents().unwrap() {
            let count = |status: Option<StatusFilter>| {
                store
                    .count_claims(&ClaimFilter {
                        document_id: Some(d.id),
                        status,
                        numeric: Some(true),
                        ..Default::default()
                    })
                    .unwrap()
                    + store
                        .count_claims(&ClaimFilter {
                            document_id: Some(d.id),
                            status,
                            numeric: Some(false),
                            ..Default::default()
                        })
                        .unwrap()
            };
            // Counting with a kind filter reads the claims, not the counts.
            let recount = store::StatusCounts {
                claims: count(None),
                not_reviewed: count(Some(StatusFilter::NotReviewed)),
                corroborated: count(Some(StatusFilter::Corroborated)),
                disputed: count(Some(StatusFilter::Disputed)),
                unverified: count(Some(StatusFilter::Unverified)),
            };
            assert_eq!(d.counts, recount, "after {name}: document {}", d.id);
            total.claims += recount.claims;
            total.not_reviewed += recount.not_reviewed;
            total.corroborated += recount.corroborated;
            total.disputed += recount.disputed;
            total.unverified += recount.unverified;
        }
        assert_eq!(store.totals().unwrap(), total, "after {name}: totals");
    }
}
