//! Related claims at scale: a database of real extractions (news texts
//! from ../shared/corpus, or the repo's fixtures, imported again and again
//! with their figures varied so that relating does real work), then
//!
//! - importing one more article and relating it to everything stored,
//! - the relations of one claim, as the window asks for them,
//! - `match` of one claim against a 10,000-item library.
//!
//! `cargo run --release -p claimdesk-api --example related_bench`
//! (CLAIMS=100000 by default; RELATED_BENCH_DB=path keeps the database
//! between runs).

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use api::Desk;
use model::NewDocument;

fn main() {
    let target: usize = std::env::var("CLAIMS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let texts = corpus();
    assert!(!texts.is_empty(), "no texts to import");
    let (path, _keep) = match std::env::var_os("RELATED_BENCH_DB") {
        Some(p) => (PathBuf::from(p), None),
        None => {
            let dir = tempfile::tempdir().unwrap();
            (dir.path().join("bench.db"), Some(dir))
        }
    };
    let mut desk = Desk::open(&path).unwrap();
    let built = Instant::now();
    let (mut claims, mut round) = (desk.totals().unwrap().claims as usize, 0usize);
    let already = claims;
    while claims < target {
        round += 1;
        for (name, text) in &texts {
            let outcome = desk.import_text(document(name, text, round)).unwrap();
            claims += outcome.claims;
            if claims >= target {
                break;
            }
        }
    }
    println!(
        "database: {claims} claims in {} documents ({} built in {:.1} s, relating included)",
        desk.documents().unwrap().len(),
        claims - already,
        built.elapsed().as_secs_f64()
    );
    // A kept database related by an older build's rules is related again
    // first (api::RELATIONS_VERSION), or there would be nothing to read.
    let again = Instant::now();
    let related = desk.relate_pending(|_, _| {}).unwrap();
    if related > 0 {
        println!(
            "  {related} documents related again by the rules of this build in {:.1} s",
            again.elapsed().as_secs_f64()
        );
    }

    let (name, text) = &texts[0];
    // A round no earlier run used, so the article is new to a kept database.
    let fresh = document(name, text, 1_000_000 + desk.documents().unwrap().len());
    let t = Instant::now();
    let outcome = desk.import_text(fresh).unwrap();
    println!(
        "import one article ({} claims) and relate it: {:.1} ms",
        outcome.claims,
        ms(t.elapsed())
    );

    let ids: Vec<i64> = desk
        .claim_briefs(&Default::default())
        .unwrap()
        .iter()
        .map(|c| c.id)
        .collect();
    let sample: Vec<i64> = ids
        .iter()
        .step_by((ids.len() / 300).max(1))
        .copied()
        .collect();
    let mut times = Vec::new();
    let mut linked = 0;
    for id in &sample {
        let t = Instant::now();
        let r = desk.related(*id).unwrap();
        times.push(t.elapsed());
        linked += usize::from(!r.same_quantity.is_empty());
    }
    report("relations of one claim (window)", &mut times);
    println!(
        "  {linked} of {} sampled claims have figures for the same quantity",
        sample.len()
    );

    library(&mut desk, &ids);
    let mut times = Vec::new();
    for id in sample.iter().take(200) {
        let t = Instant::now();
        desk.checked_before(*id, 5).unwrap();
        times.push(t.elapsed());
    }
    report("match one claim against the library", &mut times);
}

/// A 10,000-item library: matching-dev's when it is there, else one made
/// of the database's own claims.
fn library(desk: &mut Desk, ids: &[i64]) {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/matching-dev/library.jsonld");
    if shared.exists() {
        let done = desk.import_library(&shared).unwrap();
        println!(
            "library: {} items (matching-dev)",
            done.added + done.updated
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("library.csv");
    let mut out = String::from("claim,url\n");
    for (n, id) in ids.iter().take(10_000).enumerate() {
        let text = desk
            .claim_detail(*id)
            .unwrap()
            .claim
            .text
            .replace('"', "\"\"");
        out.push_str(&format!("\"{text}\",https://checks.example/{n}\n"));
    }
    std::fs::write(&csv, out).unwrap();
    let done = desk.import_library(&csv).unwrap();
    println!(
        "library: {} items (made from claims)",
        done.added + done.updated
    );
}

/// The text again, its figures varied by `round` so copies are new
/// documents whose numbers rival each other.
fn document(name: &str, text: &str, round: usize) -> NewDocument {
    // Two rounds in three change the last digit of every number; the
    // third keeps the text's own figures (the same figure, elsewhere).
    let shift = [0, 1, 2][round % 3] * (round / 3 + 1);
    let mut varied = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let last_digit = c.is_ascii_digit() && !chars.peek().is_some_and(char::is_ascii_digit);
        match c.to_digit(10) {
            Some(d) if last_digit => {
                varied.push(char::from_digit((d + shift as u32) % 10, 10).unwrap_or(c))
            }
            _ => varied.push(c),
        }
    }
    NewDocument {
        title: format!("{name} ({round})"),
        text: format!("{varied}\n\n(copy {round})\n"),
        ..NewDocument::default()
    }
}

fn corpus() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut dirs = vec![root.join("attribution-dev"), root.join("dev")];
    if !dirs[0].exists() {
        println!("notice: ../shared is missing; using the repo's fixtures");
        dirs = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")];
    }
    let mut texts = Vec::new();
    for dir in dirs {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|d| d.map(|e| e.unwrap().path()).collect())
            .unwrap_or_default();
        files.sort();
        for f in files
            .iter()
            .filter(|f| f.extension().is_some_and(|e| e == "txt"))
        {
            let name = f.file_stem().unwrap().to_string_lossy().into_owned();
            texts.push((name, std::fs::read_to_string(f).unwrap()));
        }
    }
    texts
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn report(what: &str, times: &mut [Duration]) {
    times.sort();
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q) as usize]);
    println!(
        "{what}: p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms ({} calls)",
        at(0.5),
        at(0.99),
        at(1.0),
        times.len()
    );
}
