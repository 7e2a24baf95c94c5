//! The engine scored on the annotated dev articles in ../shared/corpus/dev
//! with ../shared/eval/score.py. A metric that drops below its floor fails
//! the build; raise the floors as the engine improves (never lower them to
//! make a change pass).
//!
//! Without ../shared (a clone on its own) the test says so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Floors: the figures the engine reached, rounded down.
const FLOORS: &[(&str, f64)] = &[
    ("sentence_f1", 1.0),
    ("claim_f1", 1.0),
    ("numeric_f1", 1.0),
    ("attributed_f1", 1.0),
    ("number_f1", 1.0),
    ("number_value_acc", 1.0),
    ("number_kind_acc", 1.0),
    ("number_bound_acc", 1.0),
    ("number_noun_acc", 0.98),
    ("source_f1", 1.0),
    ("source_cue_acc", 1.0),
    ("pronoun_resolution_acc", 1.0),
    ("source_via_acc", 1.0),
    ("source_span_exact_acc", 1.0),
    ("number_span_exact_acc", 1.0),
];

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    p.join("eval/score.py").exists().then_some(p)
}

#[test]
fn dev_set_scores_stay_above_their_floors() {
    let Some(shared) = shared() else {
        println!("notice: ../shared is not beside this checkout; skipping the dev-set score check");
        return;
    };
    let dev = shared.join("corpus/dev");
    let mut jsonl = String::new();
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "no dev articles in {}", dev.display());
    for path in &names {
        let text = std::fs::read_to_string(path).unwrap();
        let mut value = serde_json::to_value(claims::extract(&text)).unwrap();
        value["file"] =
            serde_json::Value::String(path.file_name().unwrap().to_string_lossy().into_owned());
        jsonl.push_str(&value.to_string());
        jsonl.push('\n');
    }
    let out = std::env::temp_dir().join(format!("claimdesk-dev-{}.jsonl", std::process::id()));
    std::fs::write(&out, jsonl).unwrap();
    let result = Command::new("python3")
        .arg(shared.join("eval/score.py"))
        .arg(&dev)
        .arg(&out)
        .arg("--json")
        .output();
    let _ = std::fs::remove_file(&out);
    let result = match result {
        Ok(r) => r,
        Err(e) if std::env::var_os("CI").is_none() => {
            println!("notice: python3 is not available ({e}); skipping the dev-set score check");
            return;
        }
        Err(e) => panic!("python3 is needed in CI for the score check: {e}"),
    };
    assert!(
        result.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&result.stdout).unwrap();
    assert_eq!(
        report["problems"], 0,
        "the output has invalid spans: {}",
        report["messages"]
    );
    let summary = &report["summary"];
    let mut below = Vec::new();
    for (metric, floor) in FLOORS {
        let got = summary[metric]
            .as_f64()
            .unwrap_or_else(|| panic!("score.py has no {metric}"));
        println!("{metric:<26} {got:.4}  (floor {floor})");
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
