//! Related claims through the operations the window and the CLI share:
//! computed on import, read for one claim, the library of past
//! fact-checks. Each case reads like RELATED.md.

use api::{AppError, Desk};
use model::NewDocument;

fn desk() -> (tempfile::TempDir, Desk) {
    let dir = tempfile::tempdir().unwrap();
    let desk = Desk::open(dir.path().join("related.db")).unwrap();
    (dir, desk)
}

fn import(desk: &mut Desk, title: &str, text: &str) -> i64 {
    desk.import_text(NewDocument {
        title: title.into(),
        text: text.into(),
        ..NewDocument::default()
    })
    .unwrap()
    .id
}

/// The claim of document `doc` whose text contains `needle`.
fn claim_with(desk: &Desk, needle: &str) -> i64 {
    let all = desk.claim_briefs(&Default::default()).unwrap();
    all.iter()
        .find(|c| c.text.contains(needle))
        .unwrap_or_else(|| panic!("no claim contains {needle:?}"))
        .id
}

const SEED: &str = "Ukrainian President Volodymyr Zelenskyy said that some 11,000 North Korean soldiers were already in Russia's Kursk region. \
South Korea's Defence Ministry said on Tuesday that some 10,000 North Korean troops have been deployed in Russia. \
A US State Department spokesperson said as many as 10,000 North Korean troops were in the Kursk region. \
North Korea has an army of 1.2 million soldiers.";

#[test]
fn rival_figures_for_one_quantity_are_shown_with_their_conflicts() {
    let (_dir, mut desk) = desk();
    import(&mut desk, "Seed", SEED);
    let related = desk.related(claim_with(&desk, "some 11,000")).unwrap();
    let mut seen: Vec<(String, bool)> = related
        .same_quantity
        .iter()
        .map(|f| (f.text.clone(), f.conflict))
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            ("as many as 10,000".to_string(), true),
            ("some 10,000".to_string(), true)
        ],
        "the army's 1.2 million is another quantity"
    );
    for f in &related.same_quantity {
        assert!(!f.reason.is_empty(), "every link says why");
        assert_eq!(f.of, "some 11,000");
    }
    let agreeing = desk.related(claim_with(&desk, "some 10,000")).unwrap();
    let as_many = agreeing
        .same_quantity
        .iter()
        .find(|f| f.text == "as many as 10,000")
        .expect("linked");
    assert!(!as_many.conflict, "about 10,000 and at most 10,000 overlap");
}

#[test]
fn figures_are_related_across_documents_as_they_are_imported() {
    let (_dir, mut desk) = desk();
    import(
        &mut desk,
        "First",
        "The bombing of Pan Am Flight 103 over Lockerbie killed all 259 people on board and eleven on the ground.",
    );
    import(
        &mut desk,
        "Second",
        "The Lockerbie bombing of Pan Am Flight 103 resulted in 270 fatalities, including all 259 of the airplane's occupants.",
    );
    let related = desk.related(claim_with(&desk, "259 people")).unwrap();
    let texts: Vec<&str> = related
        .same_quantity
        .iter()
        .map(|f| f.text.as_str())
        .collect();
    assert_eq!(
        texts,
        vec!["259"],
        "the 270 of the same sentence is another quantity"
    );
    assert_eq!(related.same_quantity[0].claim.document_title, "Second");
}

#[test]
fn the_same_claim_in_another_document_is_found_and_confirmed() {
    let (_dir, mut desk) = desk();
    import(
        &mut desk,
        "Wire",
        "The regional health ministry said the new hospital wing in Tarsk will open to patients in March.",
    );
    import(
        &mut desk,
        "Local paper",
        "The new hospital wing in Tarsk will open to patients in March, the regional health ministry said.",
    );
    import(
        &mut desk,
        "Other",
        "The regional health ministry said the new hospital wing in Tarsk will not open to patients in March.",
    );
    let related = desk
        .related(claim_with(
            &desk,
            "ministry said the new hospital wing in Tarsk will open",
        ))
        .unwrap();
    let found: Vec<(&str, bool)> = related
        .same_claim
        .iter()
        .map(|m| (m.claim.document_title.as_str(), m.confirmed))
        .collect();
    assert_eq!(
        found,
        vec![("Local paper", true)],
        "the negated claim is another claim"
    );
}

#[test]
fn a_verdict_given_to_the_confirmed_same_claims_is_one_action_one_undo_takes_back() {
    use model::Status;
    let (_dir, mut desk) = desk();
    let claim = "The regional health ministry said the new hospital wing in Tarsk will open to patients in March.";
    import(&mut desk, "Wire", claim);
    import(
        &mut desk,
        "Local paper",
        "The new hospital wing in Tarsk will open to patients in March, the regional health ministry said.",
    );
    import(&mut desk, "Radio", &claim.replace("said", "announced"));
    let ids: Vec<i64> = desk
        .claim_briefs(&Default::default())
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let (lead, others) = (ids[0], &ids[1..]);
    let no_verdict_yet = desk.apply_to_same_claims(lead).unwrap_err();
    assert_eq!(no_verdict_yet.code, "invalid", "{no_verdict_yet}");

    // One match already has a verdict of its own: it is changed too, and
    // the history keeps what it was.
    let kept = others[1];
    desk.change_verdict(
        kept,
        api::VerdictChange::Set(Status::Unverified),
        Some("own note"),
        &[],
    )
    .unwrap();
    desk.change_verdict(
        lead,
        api::VerdictChange::Set(Status::Disputed),
        Some("opens in May"),
        &[],
    )
    .unwrap();
    let changed = desk.apply_to_same_claims(lead).unwrap();
    let status_and_note = |desk: &Desk, id: i64| {
        let c = desk.claim_detail(id).unwrap().claim;
        (c.status, c.note)
    };
    assert_eq!(changed.len(), 2, "both confirmed matches: {changed:?}");
    let note = format!("Same claim as claim {lead}: opens in May");
    assert_eq!(
        status_and_note(&desk, others[0]),
        (Some(Status::Disputed), Some(note))
    );
    assert_eq!(
        status_and_note(&desk, kept),
        (Some(Status::Disputed), Some("own note".into()))
    );
    let again = desk.apply_to_same_claims(lead).unwrap();
    assert!(again.is_empty(), "nothing left to change: {again:?}");

    let undone = desk.undo(None).unwrap();
    assert_eq!(undone.len(), 2, "one undo takes back the whole action");
    assert_eq!(status_and_note(&desk, others[0]), (None, None));
    assert_eq!(
        status_and_note(&desk, kept),
        (Some(Status::Unverified), Some("own note".into()))
    );
    assert_eq!(
        status_and_note(&desk, lead).0,
        Some(Status::Disputed),
        "the lead's own verdict is the next undo"
    );
    let history = desk.history(kept).unwrap();
    assert!(
        history
            .iter()
            .any(|e| e.action == "set" && e.batch.is_some()),
        "{history:?}"
    );
}

#[test]
fn past_fact_checks_are_imported_and_suggested_for_a_claim() {
    let (dir, mut desk) = desk();
    import(&mut desk, "Seed", SEED);
    let jsonld = dir.path().join("checks.jsonld");
    std::fs::write(
        &jsonld,
        r#"{"@context": "https://schema.org", "@graph": [
          {"@type": "ClaimReview", "url": "https://checks.example/kursk",
           "claimReviewed": "Some 11,000 North Korean soldiers are in Russia's Kursk region.",
           "reviewRating": {"@type": "Rating", "alternateName": "Mostly true"},
           "author": {"@type": "Organization", "name": "Example Checks"}},
          {"@type": "ClaimReview", "url": "https://checks.example/bread",
           "claimReviewed": "Bread prices doubled in a year.",
           "reviewRating": {"@type": "Rating", "alternateName": "False"}}]}"#,
    )
    .unwrap();
    let done = desk.import_library(&jsonld).unwrap();
    assert_eq!((done.added, done.updated, done.skipped), (2, 0, 0));
    let again = desk.import_library(&jsonld).unwrap();
    assert_eq!(
        (again.added, again.updated),
        (0, 2),
        "the same address updates"
    );
    let related = desk.related(claim_with(&desk, "some 11,000")).unwrap();
    let urls: Vec<&str> = related
        .checked_before
        .iter()
        .map(|m| m.url.as_str())
        .collect();
    assert_eq!(urls, vec!["https://checks.example/kursk"]);
    assert_eq!(
        related.checked_before[0].rating.as_deref(),
        Some("Mostly true")
    );
    assert_eq!(
        related.checked_before[0].publisher.as_deref(),
        Some("Example Checks")
    );
    // One word in common with a small library (`regional`, `region`) is
    // not a past fact-check of this claim.
    import(
        &mut desk,
        "Wire",
        "The regional health ministry said the new hospital wing in Tarsk will open in March.",
    );
    let unrelated = desk.related(claim_with(&desk, "Tarsk")).unwrap();
    let suggested: Vec<(&str, f64)> = unrelated
        .checked_before
        .iter()
        .map(|m| (m.url.as_str(), m.score))
        .collect();
    assert_eq!(suggested, vec![]);
}

#[test]
fn a_library_file_that_is_not_one_is_refused_clearly_and_adds_nothing() {
    let (dir, mut desk) = desk();
    // (file name, bytes, error code, words the message must contain)
    let table: &[(&str, &[u8], &str, &str)] = &[
        (
            "no-url.csv",
            b"claim,rating\nA claim,False\n",
            "library_format",
            "url",
        ),
        (
            "broken.json",
            b"[{\"@type\": \"ClaimReview\",",
            "library_format",
            "not JSON-LD",
        ),
        (
            "nothing.json",
            b"[{\"@type\": \"NewsArticle\"}]",
            "library_empty",
            "no fact-checks",
        ),
        (
            "latin1.csv",
            b"claim,url\ncaf\xe9,https://x.example/1\n",
            "library_format",
            "UTF-8",
        ),
    ];
    for (name, bytes, code, words) in table {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        let err: AppError = desk.import_library(&path).unwrap_err();
        assert_eq!(err.code, *code, "{name}: {}", err.message);
        assert!(err.message.contains(words), "{name}: {}", err.message);
        assert!(
            err.message.contains(name),
            "{name}: the message names the file"
        );
    }
    assert!(desk.library_items().unwrap().is_empty());
}

#[test]
fn documents_imported_before_relations_existed_are_related_later() {
    let (dir, mut desk) = desk();
    import(&mut desk, "Seed", SEED);
    drop(desk);
    // What an older version left: documents without relations.
    let conn = rusqlite::Connection::open(dir.path().join("related.db")).unwrap();
    conn.execute_batch("DELETE FROM figures; DELETE FROM related_documents;")
        .unwrap();
    drop(conn);
    let mut desk = Desk::open(dir.path().join("related.db")).unwrap();
    assert!(desk
        .related(claim_with(&desk, "some 11,000"))
        .unwrap()
        .same_quantity
        .is_empty());
    assert_eq!(desk.relate_pending(|_, _| {}).unwrap(), 1);
    assert_eq!(
        desk.related(claim_with(&desk, "some 11,000"))
            .unwrap()
            .same_quantity
            .len(),
        2
    );
    assert_eq!(
        desk.relate_pending(|_, _| {}).unwrap(),
        0,
        "each document once"
    );
}

/// Relations are derived data: a database related by older rules (an
/// older Claimdesk) has them dropped and computed again by the rules of
/// now, once; relations that newer rules computed are left alone.
#[test]
fn relations_of_older_rules_are_computed_again_and_newer_ones_kept() {
    let now = api::RELATIONS_VERSION;
    // (version of the stored relations, computed again)
    let cases = [(1, true), (now - 1, true), (now, false), (now + 1, false)];
    for (stored, computed_again) in cases {
        let (dir, mut desk) = desk();
        import(&mut desk, "Seed", SEED);
        drop(desk);
        // Relations as other rules left them: these links, none.
        let conn = rusqlite::Connection::open(dir.path().join("related.db")).unwrap();
        conn.execute("UPDATE relations_version SET version = ?1", [stored])
            .unwrap();
        conn.execute_batch("DELETE FROM figure_links").unwrap();
        drop(conn);

        let mut desk = Desk::open(dir.path().join("related.db")).unwrap();
        let related = desk.relate_pending(|_, _| {}).unwrap();
        let links = desk
            .related(claim_with(&desk, "some 11,000"))
            .unwrap()
            .same_quantity
            .len();
        let case = format!("relations of version {stored}, rules of version {now}");
        assert_eq!(related, usize::from(computed_again), "{case}");
        assert_eq!(links, if computed_again { 2 } else { 0 }, "{case}");
        assert_eq!(desk.relate_pending(|_, _| {}).unwrap(), 0, "{case}: once");
    }
}

/// A document imported into a database related by older rules is related
/// by the rules of now, and so are the documents before it, later.
#[test]
fn an_import_into_a_database_of_older_relations_relates_all_by_the_rules_of_now() {
    let (dir, mut desk) = desk();
    let first = import(&mut desk, "Seed", SEED);
    drop(desk);
    let conn = rusqlite::Connection::open(dir.path().join("related.db")).unwrap();
    conn.execute("UPDATE relations_version SET version = 1", [])
        .unwrap();
    drop(conn);

    let mut desk = Desk::open(dir.path().join("related.db")).unwrap();
    import(
        &mut desk,
        "Later",
        "Seoul said on Friday that some 12,000 North Korean troops were in Russia.",
    );
    assert_eq!(desk.unrelated_documents().unwrap(), vec![first]);
    assert_eq!(desk.relate_pending(|_, _| {}).unwrap(), 1);
    let figures = desk
        .related(claim_with(&desk, "some 12,000"))
        .unwrap()
        .same_quantity;
    assert!(figures.len() >= 2, "{figures:?}");
}

/// A bulk import stores now and relates later; relating later gives what
/// relating on import gives, and two desks relating the same database at
/// once (a background process and the window) relate each document once
/// and miss none of each other's figures.
#[test]
fn relating_later_or_from_two_desks_at_once_gives_the_relations_of_relating_on_import() {
    let dir = tempfile::tempdir().unwrap();
    let articles: Vec<std::path::PathBuf> = SEED
        .split(". ")
        .enumerate()
        .map(|(k, sentence)| {
            let path = dir.path().join(format!("part{k}.txt"));
            std::fs::write(&path, format!("Part {k}\n\n{sentence}.\n")).unwrap();
            path
        })
        .collect();
    let same_quantity = |desk: &Desk| {
        let c = claim_with(desk, "some 11,000");
        let mut texts: Vec<String> = desk
            .related(c)
            .unwrap()
            .same_quantity
            .into_iter()
            .map(|f| format!("{} {}", f.text, f.conflict))
            .collect();
        texts.sort();
        texts
    };
    let at_once = {
        let mut desk = Desk::open(dir.path().join("at-once.db")).unwrap();
        desk.import_files(&articles, &api::ImportOptions::default(), |_| {});
        same_quantity(&desk)
    };
    assert_eq!(at_once.len(), 2, "{at_once:?}");

    let path = dir.path().join("later.db");
    let mut desk = Desk::open(&path).unwrap();
    let later = api::ImportOptions {
        relate_later: true,
        ..api::ImportOptions::default()
    };
    desk.import_files(&articles, &later, |_| {});
    assert_eq!(desk.unrelated_documents().unwrap().len(), articles.len());
    let mut other = Desk::open(&path).unwrap();
    let racing = std::thread::spawn(move || other.relate_pending(|_, _| {}).unwrap());
    desk.relate_pending(|_, _| {}).unwrap();
    racing.join().unwrap();
    assert!(desk.unrelated_documents().unwrap().is_empty());
    assert_eq!(same_quantity(&desk), at_once);
}

#[test]
fn reports_list_the_conflicting_figures() {
    let (_dir, mut desk) = desk();
    import(&mut desk, "Seed", SEED);
    let md = desk
        .render_report(api::Format::Markdown, None, None)
        .unwrap();
    let md = String::from_utf8(md.bytes).unwrap();
    let section = &md[md.find("## Conflicting figures").expect("a section")..];
    for figure in [
        "**some 11,000** (about 11,000)",
        "**some 10,000** (about 10,000)",
        "**as many as 10,000** (at most 10,000)",
    ] {
        assert!(section.contains(figure), "{figure} in:\n{section}");
    }
    assert!(
        !section.contains("1.2 million"),
        "the army is not in the group"
    );
    let json = desk.render_report(api::Format::Json, None, None).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.bytes).unwrap();
    assert_eq!(
        json["conflicting_figures"][0]["conflicts"],
        serde_json::json!([[0, 1], [0, 2]])
    );
}

#[test]
fn the_list_filters_and_marks_claims_with_conflicting_figures() {
    let (_dir, mut desk) = desk();
    import(&mut desk, "Seed", SEED);
    let filter = |conflict: Option<bool>, limit: Option<u32>| model::ClaimFilter {
        conflict,
        limit,
        ..Default::default()
    };
    // (filter, claims listed, total)
    let table = [
        (filter(Some(true), None), 3, 3),
        (filter(Some(true), Some(2)), 2, 3),
        (filter(Some(false), None), 1, 1),
        (filter(None, None), 4, 4),
    ];
    for (f, listed, total) in table {
        let page = desk.claim_page(&f).unwrap();
        assert_eq!((page.claims.len(), page.total), (listed, total), "{f:?}");
        for c in &page.claims {
            assert_eq!(c.conflict, !c.text.contains("1.2 million"), "{}", c.text);
        }
    }
}
