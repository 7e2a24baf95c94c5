//! Related claims scored on the development sets with the shared scorers
//! (../shared/eval): same quantity and same claim on corpus/dev and
//! corpus/related-dev (score_related.py), past fact-checks on
//! corpus/matching-dev (score_match.py, MAP@5). A metric that drops below
//! its floor fails; raise the floors as relating improves, never lower
//! them to make a change pass.
//!
//! Without ../shared (a clone on its own) the test says so and passes.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;

use api::related::relate_files;
use api::Desk;

/// Floors: the figures reached, rounded down.
const RELATED_FLOORS: &[(&str, f64)] = &[
    ("quantity_link_f1", 0.97),
    ("conflict_f1", 1.0),
    ("match_f1", 1.0),
];
const MATCH_FLOORS: &[(&str, f64)] = &[("MAP@5", 0.87), ("MAP@1", 0.83), ("recall@5", 0.92)];

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("eval/score_related.py").exists().then_some(p)
}

/// `score` run on `args`; its JSON `summary`, or None where python3 is
/// missing outside CI.
fn score(script: &Path, args: &[&OsStr]) -> Option<serde_json::Value> {
    let result = Command::new("python3")
        .arg(script)
        .args(args)
        .arg("--json")
        .output();
    let result = match result {
        Ok(r) => r,
        Err(e) if std::env::var_os("CI").is_none() => {
            println!("notice: python3 is not available ({e}); skipping the score check");
            return None;
        }
        Err(e) => panic!("python3 is needed in CI for the score check: {e}"),
    };
    assert!(
        result.status.success(),
        "{} failed: {}",
        script.display(),
        String::from_utf8_lossy(&result.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    // score.py and score_related.py say `summary`; score_match.py `metrics`.
    report.get("summary").or(report.get("metrics")).cloned()
}

fn check_floors(summary: &serde_json::Value, floors: &[(&str, f64)]) {
    let mut below = Vec::new();
    for (metric, floor) in floors {
        let got = summary[metric]
            .as_f64()
            .unwrap_or_else(|| panic!("the scorer has no {metric}: {summary}"));
        println!("{metric:<18} {got:.4}  (floor {floor})");
        if got < *floor {
            below.push(format!("{metric}: {got:.4} < {floor}"));
        }
    }
    assert!(
        below.is_empty(),
        "dev-set metrics dropped below their floors:\n{}",
        below.join("\n")
    );
}

/// Every `*.related.json` under `dir`, recursively.
fn gold_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            gold_files(&path, out);
        } else if path.to_string_lossy().ends_with(".related.json") {
            out.push(path);
        }
    }
}

#[test]
fn related_claims_on_the_dev_sets_stay_above_their_floors() {
    let Some(shared) = shared() else {
        println!("notice: ../shared is not beside this checkout; skipping the related-claims score check");
        return;
    };
    let (dev, clusters) = (shared.join("corpus/dev"), shared.join("corpus/related-dev"));
    let mut golds = Vec::new();
    gold_files(&dev, &mut golds);
    gold_files(&clusters, &mut golds);
    golds.sort();
    assert!(!golds.is_empty(), "no related gold in {}", dev.display());
    let mut jsonl = String::new();
    for gold in &golds {
        let g: serde_json::Value = serde_json::from_slice(&std::fs::read(gold).unwrap()).unwrap();
        let files: Vec<PathBuf> = g["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| gold.parent().unwrap().join(f.as_str().unwrap()))
            .collect();
        let relations = relate_files(&files).unwrap();
        jsonl.push_str(&serde_json::to_string(&relations).unwrap());
        jsonl.push('\n');
    }
    let out = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(out.path(), jsonl).unwrap();
    let script = shared.join("eval/score_related.py");
    let args = [
        dev.as_os_str(),
        clusters.as_os_str(),
        out.path().as_os_str(),
    ];
    if let Some(summary) = score(&script, &args) {
        check_floors(&summary, RELATED_FLOORS);
    }
}

#[test]
fn past_fact_checks_on_the_dev_queries_stay_above_their_floors() {
    let Some(shared) = shared() else {
        println!(
            "notice: ../shared is not beside this checkout; skipping the matching score check"
        );
        return;
    };
    let m = shared.join("corpus/matching-dev");
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(dir.path().join("library.db")).unwrap();
    desk.import_library(&m.join("library.jsonld")).unwrap();
    let mut queries: Vec<PathBuf> = std::fs::read_dir(m.join("queries"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    queries.sort();
    let mut jsonl = String::new();
    for q in &queries {
        jsonl.push_str(&serde_json::to_string(&desk.match_file(q, 5).unwrap()).unwrap());
        jsonl.push('\n');
    }
    let run = dir.path().join("run.jsonl");
    std::fs::write(&run, jsonl).unwrap();
    let script = shared.join("eval/score_match.py");
    let qrels = m.join("qrels.tsv");
    let args = [run.as_os_str(), OsStr::new("--qrels"), qrels.as_os_str()];
    if let Some(summary) = score(&script, &args) {
        check_floors(&summary, MATCH_FLOORS);
    }
}
