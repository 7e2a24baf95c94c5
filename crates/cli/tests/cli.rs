//! The `claimdesk` command line as scripts use it: each test runs the real
//! executable on a temp database, with HOME and XDG dirs pointed at a temp dir.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

#[path = "../../api/tests/support/web_server.rs"]
mod web_server;

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/harbour-fire.txt"
);

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        Env {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("claimdesk.db")
    }

    fn run(&self, args: &[&str]) -> Output {
        let home = self.dir.path();
        Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(args)
            .env("CLAIMDESK_DB", self.db())
            .env("HOME", home)
            .env("XDG_DATA_HOME", home.join("data"))
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_CACHE_HOME", home.join("cache"))
            .output()
            .unwrap()
    }

    /// Run and expect success; the JSON Lines on stdout.
    fn json(&self, args: &[&str]) -> Vec<Value> {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    /// Run and expect failure with one `error: ...` line.
    fn error(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(!out.status.success(), "{args:?} should fail");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let lines: Vec<&str> = stderr.lines().collect();
        assert_eq!(lines.len(), 1, "one error line expected, got {stderr:?}");
        assert!(lines[0].starts_with("error: "), "{stderr:?}");
        lines[0].to_string()
    }
}

fn shared_seed() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev/seed.txt");
    if p.exists() {
        Some(p)
    } else {
        println!("notice: ../shared/corpus is not beside this checkout; skipping the seed-article CLI test");
        None
    }
}

#[test]
fn import_list_verdict_list_walks_the_whole_flow() {
    let env = Env::new();
    let imported = env.json(&["import", "--json", FIXTURE]);
    assert_eq!(imported.len(), 1);
    let doc = &imported[0];
    for key in ["id", "title", "claims", "duplicate"] {
        assert!(doc.get(key).is_some(), "import --json lacks {key}: {doc}");
    }
    assert_eq!(doc["duplicate"], false);
    assert_eq!(
        doc["title"],
        "Warehouse fire in Port Elwin forces evacuation of 300 residents"
    );
    let n = doc["claims"].as_u64().unwrap();
    assert!(n >= 6, "expected the fixture's claims, got {n}");

    let claims = env.json(&["list", "--json"]);
    assert_eq!(claims.len() as u64, n);
    for key in [
        "id",
        "document_id",
        "start",
        "end",
        "text",
        "numeric",
        "attributed",
        "status",
        "note",
    ] {
        assert!(
            claims[0].get(key).is_some(),
            "list --json lacks {key}: {}",
            claims[0]
        );
    }
    assert!(claims.iter().all(|c| c["status"].is_null()));

    let id = claims[0]["id"].as_i64().unwrap().to_string();
    let verdict = env.json(&[
        "verdict",
        "--json",
        &id,
        "disputed",
        "--note",
        "figure differs",
        "--evidence",
        "https://example.org/a",
    ]);
    assert_eq!(verdict[0]["status"], "disputed");
    assert_eq!(verdict[0]["note"], "figure differs");

    let after = env.json(&["list", "--json"]);
    let row = after
        .iter()
        .find(|c| c["id"].as_i64().unwrap().to_string() == id)
        .unwrap();
    assert_eq!(row["status"], "disputed");
    assert_eq!(row["note"], "figure differs");
    assert_eq!(
        env.json(&["list", "--json", "--status", "disputed"]).len(),
        1
    );
    assert_eq!(
        env.json(&["list", "--json", "--status", "not_reviewed"])
            .len() as u64,
        n - 1
    );

    // Importing the same text again says so and adds nothing.
    let again = env.json(&["import", "--json", FIXTURE]);
    assert_eq!(again[0]["duplicate"], true);
    assert_eq!(again[0]["id"], doc["id"]);
    assert_eq!(env.json(&["list", "--json"]).len() as u64, n);

    // Undo restores the claim to not reviewed; the history keeps both events.
    let undone = env.json(&["undo", "--json"]);
    assert_eq!(undone[0]["status"], Value::Null);
    let history = env.json(&["history", "--json", &id]);
    let actions: Vec<&str> = history
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["set", "undo"]);

    // A note can come before a verdict: the claim stays not reviewed.
    let noted = env.json(&["note", "--json", &id, "ask the fire service"]);
    assert_eq!(noted[0]["status"], Value::Null);
    assert_eq!(noted[0]["note"], "ask the fire service");
    assert_eq!(
        env.json(&["list", "--json", "--status", "not_reviewed"])
            .len() as u64,
        n
    );
    let verdict = env.json(&["verdict", "--json", &id, "unverified"]);
    assert_eq!(
        verdict[0]["note"], "ask the fire service",
        "the verdict keeps the note"
    );
    let history = env.json(&["history", "--json", &id]);
    assert_eq!(history[2]["action"], "note");
}

#[test]
fn the_seed_article_imports_and_can_be_triaged() {
    let Some(seed) = shared_seed() else { return };
    let env = Env::new();
    let seed = seed.to_str().unwrap();
    let imported = env.json(&["import", "--json", seed]);
    let n = imported[0]["claims"].as_u64().unwrap();
    assert!(
        n >= 15,
        "the seed article has a claim in almost every sentence; got {n}"
    );
    let claims = env.json(&["list", "--json", "--search", "Zelenskyy"]);
    assert!(!claims.is_empty());
    let id = claims[0]["id"].to_string();
    env.json(&["verdict", "--json", &id, "corroborated"]);
    let listed = env.json(&["list", "--json", "--status", "corroborated"]);
    assert_eq!(listed.len(), 1);
    assert!(listed[0]["text"].as_str().unwrap().contains("Zelenskyy"));
}

#[test]
fn extract_prints_the_claims_md_shape() {
    let env = Env::new();
    let lines = env.json(&["extract", "--json", FIXTURE]);
    assert_eq!(lines.len(), 1);
    let doc = &lines[0];
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    assert_eq!(doc["file"], FIXTURE);
    assert_eq!(doc["bytes"].as_u64().unwrap() as usize, text.len());
    let sentences = doc["sentences"].as_array().unwrap();
    assert!(sentences.len() >= 10);
    for s in sentences {
        for key in [
            "start",
            "end",
            "numeric",
            "attributed",
            "numbers",
            "sources",
        ] {
            assert!(s.get(key).is_some(), "sentence lacks {key}: {s}");
        }
        for m in s["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .chain(s["sources"].as_array().unwrap())
        {
            let (a, b) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                &text[a..b],
                m["text"].as_str().unwrap(),
                "span text must be the bytes of the span"
            );
        }
    }
    assert!(!env.db().exists(), "extract must not touch the database");
}

#[test]
fn bad_input_gets_one_clear_error_line_and_changes_nothing() {
    let env = Env::new();
    let dir = env.dir.path();
    let binary = dir.join("image.txt");
    std::fs::write(&binary, [0x89, b'P', b'N', b'G', 0, 0, 0, 13]).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let not_db = dir.join("notes.db");
    std::fs::write(&not_db, "my notes, not a database").unwrap();

    let cases: &[(&str, Vec<&str>, &str)] = &[
        (
            "binary file",
            vec!["import", binary.to_str().unwrap()],
            "binary",
        ),
        (
            "empty file",
            vec!["import", empty.to_str().unwrap()],
            "no text",
        ),
        (
            "missing file",
            vec!["import", "/nonexistent/article.txt"],
            "cannot read",
        ),
        (
            "unknown claim",
            vec!["verdict", "999", "disputed"],
            "no claim with id 999",
        ),
        (
            "bad evidence link",
            vec![
                "verdict",
                "1",
                "disputed",
                "--evidence",
                "javascript:alert(1)",
            ],
            "not a web link",
        ),
        (
            "not a database",
            vec!["--db", not_db.to_str().unwrap(), "list"],
            "not a Claimdesk database",
        ),
        (
            "extract of a binary file",
            vec!["extract", "--json", binary.to_str().unwrap()],
            "binary",
        ),
    ];
    for (what, args, expected) in cases {
        let line = env.error(args);
        assert!(line.contains(expected), "{what}: {line}");
    }
    assert_eq!(std::fs::read(&not_db).unwrap(), b"my notes, not a database");
    assert!(
        env.json(&["list", "--json"]).is_empty(),
        "nothing was half-imported"
    );
}

#[test]
fn export_writes_every_format_atomically() {
    let env = Env::new();
    env.json(&["import", "--json", FIXTURE]);
    let first = env.json(&["list", "--json"])[0]["id"].to_string();
    env.json(&[
        "verdict",
        "--json",
        &first,
        "corroborated",
        "--note",
        "=HYPERLINK(\"http://evil\")",
    ]);
    for format in ["md", "html", "csv", "json", "claimreview"] {
        let out = env.dir.path().join(format!("report.{format}"));
        let result = env.run(&["export", "--format", format, "-o", out.to_str().unwrap()]);
        assert!(
            result.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        let bytes = std::fs::read(&out).unwrap();
        assert!(!bytes.is_empty(), "{format}");
        if format == "claimreview" {
            assert!(
                String::from_utf8_lossy(&result.stderr).contains("without a verdict were left out")
            );
            let v: Value = serde_json::from_slice(&bytes).unwrap();
            assert_eq!(v.as_array().unwrap().len(), 1);
        }
        if format == "csv" {
            assert!(String::from_utf8_lossy(&bytes).contains("'=HYPERLINK"));
        }
    }
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(
        leftovers.is_empty(),
        "temp files left behind: {leftovers:?}"
    );
    assert!(env
        .error(&["export", "--format", "pdf"])
        .contains("unknown format \"pdf\""));
}

#[test]
fn hostile_and_odd_documents_are_imported_or_refused_clearly() {
    let env = Env::new();
    let dir = env.dir.path();
    let huge = dir.join("huge.txt");
    // 100 MB, sparse: refused from its size before a byte is read.
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(100 * 1024 * 1024)
        .unwrap();
    let long_line = "Officials said 12 people were hurt, police said, ".repeat(200_000); // one 10 MB line
    let quotes = "\"".repeat(5000) + " He said 3 \u{201C}\u{201D}".repeat(2000).as_str();
    let cases: Vec<(&str, Vec<u8>, Result<u64, &str>)> = vec![
        ("empty", b"".to_vec(), Err("no text")),
        ("whitespace only", b" \n\t\r\n ".to_vec(), Err("no text")),
        ("binary", vec![0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0], Err("binary")),
        ("a stray byte that is not UTF-8", b"Officials said 12 people were hurt.\nSecond \xff line.".to_vec(), Ok(1)), // decoded as a legacy encoding
        ("UTF-8 with BOM", "\u{FEFF}Officials said 12 people were hurt.".as_bytes().to_vec(), Ok(1)),
        ("CRLF", b"Officials said 12 people were hurt.\r\nNothing else.\r\n".to_vec(), Ok(1)),
        ("right-to-left and combining", "\u{5D4}\u{5DE}\u{5E9}\u{5D8}\u{5E8}\u{5D4} \u{5D0}\u{5DE}\u{5E8}\u{5D4} \u{5E9}-12 \u{5E0}\u{5E4}\u{5E6}\u{5E2}\u{5D5}. Cafe\u{301} owners said 20 shops closed.".as_bytes().to_vec(), Ok(1)), // the rules are English: `ש-12` reads as a code
        ("a single 10 MB line", long_line.into_bytes(), Ok(1)),
        ("thousands of quotes", quotes.into_bytes(), Ok(1)),
    ];
    for (what, bytes, expected) in &cases {
        let path = dir.join(format!("{}.txt", what.replace(' ', "-")));
        std::fs::write(&path, bytes).unwrap();
        let path = path.to_str().unwrap();
        match expected {
            Ok(min_claims) => {
                let out = env.json(&["import", "--json", path]);
                assert!(
                    out[0]["claims"].as_u64().unwrap() >= *min_claims,
                    "{what}: {}",
                    out[0]
                );
            }
            Err(message) => {
                let line = env.error(&["import", path]);
                assert!(line.contains(message), "{what}: {line}");
            }
        }
    }
    let line = env.error(&["import", huge.to_str().unwrap()]);
    assert!(
        line.contains("104857600 bytes") && line.contains("up to"),
        "{line}"
    );
}

/// A database the analyst may read but not write: listing works, a verdict
/// is refused with a clear message, and the file is unchanged. As root
/// (CI) permissions do not bind, so the CLI runs as `nobody` via setpriv.
#[test]
fn a_read_only_database_is_readable_and_refuses_writes_clearly() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    env.json(&["import", "--json", FIXTURE]);
    let id = env.json(&["list", "--json"])[0]["id"].to_string();
    // Fold the WAL into the main file, then make file and folder read-only.
    drop(api::Desk::open(env.db()).unwrap());
    let dir = env.dir.path();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::set_permissions(env.db(), std::fs::Permissions::from_mode(0o444)).unwrap();
    let before = std::fs::read(env.db()).unwrap();
    let as_root = running_as_root();
    if as_root && Command::new("setpriv").arg("--version").output().is_err() {
        println!("notice: running as root without setpriv; skipping the read-only database test");
        return;
    }
    let run = |args: &[&str]| {
        let mut cmd = if as_root {
            let mut c = Command::new("setpriv");
            c.args([
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                env!("CARGO_BIN_EXE_claimdesk"),
            ]);
            c
        } else {
            Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        };
        cmd.args(args)
            .env("CLAIMDESK_DB", env.db())
            .env("HOME", dir)
            .output()
            .unwrap()
    };
    let list = run(&["list", "--json"]);
    assert!(
        list.status.success(),
        "a read-only database can still be read: {}",
        String::from_utf8_lossy(&list.stderr)
    );
    assert!(!list.stdout.is_empty());
    let verdict = run(&["verdict", &id, "disputed"]);
    let stderr = String::from_utf8_lossy(&verdict.stderr);
    assert!(
        !verdict.status.success(),
        "a verdict on a read-only database must fail"
    );
    assert!(
        stderr.starts_with("error: ")
            && stderr.contains("read-only")
            && stderr.contains("nothing was saved"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(env.db()).unwrap(),
        before,
        "the read-only database was modified"
    );
}

fn running_as_root() -> bool {
    // The uid without libc: /proc/self/status says "Uid: real effective ...".
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .map(|l| l.split_whitespace().nth(2) == Some("0"))
        })
        .unwrap_or(false)
}

/// `claimdesk` with no subcommand starts the window binary, passing `--db`;
/// a stand-in (`CLAIMDESK_APP`) records what it was given.
#[test]
fn no_subcommand_starts_the_window_on_the_database_given() {
    let env = Env::new();
    let recorder = env.dir.path().join("window.sh");
    let log = env.dir.path().join("window.log");
    std::fs::write(
        &recorder,
        format!(
            "#!/bin/sh\n: > '{0}'\nfor a in \"$@\"; do echo \"$a\" >> '{0}'; done\nexit 7\n",
            log.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(
        &recorder,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let launch = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
            .args(args)
            .env("CLAIMDESK_APP", &recorder)
            .output()
            .unwrap();
        (
            out.status.code(),
            std::fs::read_to_string(&log).unwrap_or_default(),
        )
    };
    let article = FIXTURE;
    let cases: Vec<(Vec<&str>, String)> = vec![
        (
            vec!["--db", "/tmp/elsewhere.db"],
            "--db\n/tmp/elsewhere.db\n".into(),
        ),
        (vec![], String::new()),
        // "Open with": the files go to the window after `--`.
        (
            vec![article, "--db", "x.db"],
            format!("--db\nx.db\n--\n{article}\n"),
        ),
        // `claimdesk URL`: an address is not a missing file.
        (
            vec!["https://news.example.org/a"],
            "--\nhttps://news.example.org/a\n".into(),
        ),
    ];
    for (args, given) in &cases {
        let _ = std::fs::remove_file(&log);
        // The window's exit code is the launcher's: it became the window.
        assert_eq!(launch(args), (Some(7), given.clone()), "claimdesk {args:?}");
    }
    let _ = std::fs::remove_file(&log);
    assert_eq!(
        launch(&["lsit"]),
        (Some(2), String::new()),
        "a mistyped subcommand is not a file to open"
    );
    let missing = Command::new(env!("CARGO_BIN_EXE_claimdesk"))
        .env("CLAIMDESK_APP", env.dir.path().join("nowhere"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&missing.stderr)
        .starts_with("error: cannot start the Claimdesk window"));
}

/// `claimdesk list | head -1`: the reader leaving is the end of the output,
/// not an error.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let env = Env::new();
    env.json(&["import", "--json", FIXTURE]);
    let bin = env!("CARGO_BIN_EXE_claimdesk");
    let cases = [
        (
            "one line of a list",
            format!("'{bin}' list | head -1 >/dev/null"),
        ),
        // Enough runs that the pipe is closed while the CLI still writes.
        (
            "a reader gone before the writer starts",
            format!("for i in $(seq 200); do '{bin}' list --json; done | head -1 >/dev/null"),
        ),
    ];
    for (name, script) in cases {
        let out = Command::new("sh")
            .arg("-c")
            .arg(&script)
            .env("CLAIMDESK_DB", env.db())
            .env("HOME", env.dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "",
            "{name}: nothing on stderr"
        );
    }
}

/// The command line links no GUI library: it starts in milliseconds and
/// runs where there is no desktop.
#[test]
fn the_command_line_links_no_gui_library() {
    let Ok(out) = Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_claimdesk"))
        .output()
    else {
        println!("notice: ldd is not available; skipping the linking check");
        return;
    };
    let libraries = String::from_utf8_lossy(&out.stdout);
    for gui in [
        "webkit",
        "gtk",
        "gdk",
        "javascriptcore",
        "soup",
        "cairo",
        "glib",
    ] {
        assert!(
            !libraries.to_lowercase().contains(gui),
            "claimdesk links {gui}:\n{libraries}"
        );
    }
}

#[test]
fn relate_prints_the_related_md_shape_for_files() {
    let env = Env::new();
    let a = env.dir.path().join("a.txt");
    let b = env.dir.path().join("b.txt");
    std::fs::write(
        &a,
        "Officials said some 11,000 North Korean soldiers were in Russia's Kursk region.\n",
    )
    .unwrap();
    std::fs::write(&b, "A spokesperson said as many as 10,000 North Korean troops were in Russia's Kursk region.\n").unwrap();
    let (a, b) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = env.json(&["relate", "--json", a, b]);
    assert_eq!(out.len(), 1, "one object for all the files");
    let r = &out[0];
    assert_eq!(r["files"], serde_json::json!([a, b]));
    let group = &r["quantities"][0];
    let texts: Vec<&str> = group["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, vec!["some 11,000", "as many as 10,000"]);
    assert_eq!(group["conflicts"], serde_json::json!([[0, 1]]));
    assert_eq!(group["mentions"][0]["file"], a);
    assert_eq!(group["mentions"][0]["bound"], "approx");
    assert!(r["matches"].as_array().unwrap().is_empty());
    assert!(env
        .error(&["relate", "--json", "/nonexistent/x.txt"])
        .contains("/nonexistent/x.txt"));
}

#[test]
fn library_import_match_and_related_work_on_the_database() {
    let env = Env::new();
    let csv = env.dir.path().join("checks.csv");
    std::fs::write(
        &csv,
        "claim,rating,url,title\r\n\
         \"Fire crews said 40 boats burned in the harbour.\",Mostly true,https://checks.example/boats,Did 40 boats burn?\r\n\
         Bread prices doubled in a year.,False,https://checks.example/bread,Bread prices\r\n",
    )
    .unwrap();
    let done = env.json(&["library", "import", "--json", csv.to_str().unwrap()]);
    assert_eq!(
        (done[0]["added"].as_u64(), done[0]["updated"].as_u64()),
        (Some(2), Some(0))
    );
    assert_eq!(env.json(&["library", "list", "--json"]).len(), 2);

    let query = env.dir.path().join("query.txt");
    std::fs::write(
        &query,
        "Breaking: 40 boats burned in the harbour overnight, fire crews said.\n",
    )
    .unwrap();
    let ranked = env.json(&["match", "--json", "--top", "1", query.to_str().unwrap()]);
    assert_eq!(ranked.len(), 1, "one line per file");
    assert_eq!(ranked[0]["file"], query.to_str().unwrap());
    assert_eq!(
        ranked[0]["ranked"][0]["url"],
        "https://checks.example/boats"
    );
    assert_eq!(ranked[0]["ranked"][0]["rating"], "Mostly true");
    assert_eq!(ranked[0]["ranked"].as_array().unwrap().len(), 1, "--top 1");
    let score = ranked[0]["ranked"][0]["score"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&score), "{score}");

    env.json(&["import", "--json", query.to_str().unwrap()]);
    let claim = env.json(&["list", "--json"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
    let related = env.json(&["related", "--json", &claim]);
    assert_eq!(
        related[0]["checked_before"][0]["url"],
        "https://checks.example/boats"
    );
    assert!(env.error(&["related", "999999"]).contains("999999"));
    assert!(env
        .error(&["library", "import", FIXTURE])
        .contains("harbour-fire.txt"));
}

#[test]
fn a_verdict_goes_to_the_confirmed_same_claims_and_one_undo_takes_it_back() {
    let env = Env::new();
    let texts = [
        "The regional health ministry said the new hospital wing in Tarsk will open to patients in March.\n",
        "The new hospital wing in Tarsk will open to patients in March, the regional health ministry said.\n",
    ];
    for (i, text) in texts.iter().enumerate() {
        let path = env.dir.path().join(format!("article{i}.txt"));
        std::fs::write(&path, text).unwrap();
        env.json(&["import", "--json", path.to_str().unwrap()]);
    }
    let ids: Vec<String> = env
        .json(&["list", "--json"])
        .iter()
        .map(|c| c["id"].to_string())
        .collect();
    let changed = env.json(&["verdict", "--json", &ids[0], "disputed", "--same-claims"]);
    let statuses: Vec<(String, &str)> = changed
        .iter()
        .map(|v| (v["claim_id"].to_string(), v["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [(ids[0].clone(), "disputed"), (ids[1].clone(), "disputed")],
        "the claim, then its confirmed match"
    );
    let undone = env.json(&["undo", "--json"]);
    assert_eq!(undone.len(), 1, "the match's change is the latest action");
    assert_eq!(undone[0]["claim_id"].to_string(), ids[1]);
    assert_eq!(undone[0]["status"], Value::Null);
}

#[test]
fn text_in_other_encodings_is_decoded_not_refused() {
    let env = Env::new();
    let dir = env.dir.path();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(
        "Officials said 11,000 soldiers had arrived.\n"
            .encode_utf16()
            .flat_map(u16::to_le_bytes),
    );
    // (file, bytes, the claim as stored, decoded_from in extract --json)
    let cases: [(&str, Vec<u8>, &str, Option<&str>); 3] = [
        (
            "cp1252.txt",
            b"The minister\x92s office said \x93about 40\x94 people \x96 mostly farmers \x96 were hurt.\n".to_vec(),
            "The minister\u{2019}s office said \u{201c}about 40\u{201d} people \u{2013} mostly farmers \u{2013} were hurt.",
            Some("windows-1252"),
        ),
        (
            "utf16.txt",
            utf16,
            "Officials said 11,000 soldiers had arrived.",
            Some("UTF-16LE"),
        ),
        (
            "page.html",
            b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head>\
              <body><p>Caf\xe9 owners said 20 shops closed.</p></body></html>"
                .to_vec(),
            "Caf\u{e9} owners said 20 shops closed.",
            Some("windows-1252"),
        ),
    ];
    for (name, bytes, claim, decoded_from) in cases {
        let path = dir.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let extracted = env.json(&["extract", "--json", path.to_str().unwrap()]);
        assert_eq!(
            extracted[0]["decoded_from"].as_str(),
            decoded_from,
            "{name}"
        );
        env.json(&["import", "--json", path.to_str().unwrap()]);
        let stored: Vec<String> = env
            .json(&["list", "--json"])
            .iter()
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect();
        assert!(stored.iter().any(|t| t == claim), "{name}: {stored:?}");
    }
    let utf8 = dir.join("utf8.txt");
    std::fs::write(&utf8, "Officials said 12 people were hurt.\n").unwrap();
    let plain = env.json(&["extract", "--json", utf8.to_str().unwrap()]);
    assert!(
        plain[0].get("decoded_from").is_none(),
        "UTF-8 is not 'decoded'"
    );
}

#[test]
fn settings_are_kept_in_the_database_and_fill_claimreview() {
    let env = Env::new();
    // (key, a value refused, a value kept)
    let settings = [
        ("organization.name", None, "Harbour Checks"),
        (
            "organization.url",
            Some("checks.example.org"),
            "https://checks.example.org",
        ),
        (
            "organization.logo",
            Some("file:///logo.png"),
            "https://checks.example.org/logo.png",
        ),
        (
            "review.url_template",
            Some("https://checks.example.org/reviews/"),
            "https://checks.example.org/reviews/{id}",
        ),
        ("language", Some("English"), "en-GB"),
    ];
    for (key, refused, kept) in settings {
        if let Some(bad) = refused {
            let line = env.error(&["settings", "set", key, bad]);
            assert!(
                line.starts_with(&format!("error: {key} cannot be")),
                "{line}"
            );
        }
        env.run(&["settings", "set", key, kept]);
    }
    assert!(env
        .error(&["settings", "set", "organisation.name", "x"])
        .contains("unknown setting"));
    let listed = String::from_utf8(env.run(&["settings"]).stdout).unwrap();
    for (key, _, kept) in settings {
        assert!(listed.contains(&format!("{key:<19} {kept}")), "{listed}");
    }

    env.json(&[
        "import",
        "--json",
        "--origin",
        "https://news.example.org/fire",
        "--publisher",
        "Example News",
        FIXTURE,
    ]);
    let first = env.json(&["list", "--json"])[0]["id"].as_i64().unwrap();
    env.json(&["verdict", "--json", &first.to_string(), "corroborated"]);
    let export = || {
        env.run(&[
            "export",
            "--format",
            "claimreview",
            "--status",
            "corroborated",
        ])
    };
    let out = export();
    let reviews: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &reviews[0];
    assert_eq!(
        r["url"],
        format!("https://checks.example.org/reviews/{first}")
    );
    assert_eq!(r["author"]["name"], "Harbour Checks");
    assert_eq!(r["inLanguage"], "en-GB");
    assert_eq!(
        r["itemReviewed"]["appearance"]["url"],
        "https://news.example.org/fire"
    );
    assert_eq!(
        r["itemReviewed"]["appearance"]["publisher"]["name"],
        "Example News"
    );

    // An empty value unsets: the export then says what it could not fill.
    env.run(&["settings", "set", "review.url_template", ""]);
    let out = export();
    assert!(String::from_utf8_lossy(&out.stderr).contains("url (1: set review.url_template"));
}

#[test]
fn import_by_web_address_keeps_the_page_s_metadata_and_refuses_what_is_not_an_article() {
    use web_server::{Answer, Server};
    let pages = concat!(env!("CARGO_MANIFEST_DIR"), "/../api/tests/fixtures/pages/");
    let newspaper = std::fs::read(format!("{pages}newspaper.html")).unwrap();
    let server = Server::start(vec![
        (
            "/news/harbour-fire",
            Answer::page("text/html; charset=utf-8", newspaper),
        ),
        (
            "/report.pdf",
            Answer::page("application/pdf", b"%PDF-1.7".to_vec()),
        ),
    ]);
    let env = Env::new();
    let out = env.run(&[
        "import",
        &server.url("/news/harbour-fire"),
        &server.url("/report.pdf"),
        &server.url("/gone"),
        "ftp://example.org/a.txt",
    ]);
    assert_eq!(out.status.code(), Some(1), "some sources failed");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("(Harbour fire: 300 evacuated as warehouse burns)"),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr).unwrap();
    let errors: Vec<&str> = stderr.lines().collect();
    assert_eq!(errors.len(), 3, "one line per failed source: {stderr}");
    for (line, words) in errors.iter().zip([
        "is application/pdf, not an article",
        "answered 404 Not Found",
        "only http:// and https://",
    ]) {
        assert!(
            line.starts_with("error: ") && line.contains(words),
            "{line}"
        );
    }
    let documents = env.json(&["documents", "--json"]);
    assert_eq!(documents.len(), 1, "only the article is stored");
    let exported = env.run(&["export", "--format", "json"]);
    let report: Value = serde_json::from_slice(&exported.stdout).unwrap();
    let doc = &report["documents"][0];
    assert_eq!(
        doc["origin"],
        "https://www.elwincourier.example/news/2024/nov/04/harbour-fire-warehouse"
    );
    assert_eq!(doc["publisher"], "The Elwin Courier");
    assert_eq!(doc["author"], "Dana Whitfield");
    assert_eq!(doc["published_at"], "2024-11-04T09:12:00Z");
}

/// A bulk import stores its documents at once and relates them in the
/// background; a command that shows relations finishes them first.
#[test]
fn a_bulk_import_relates_in_the_background_and_reports_are_whole() {
    let env = Env::new();
    let files: Vec<String> = (0..25)
        .map(|k| {
            let path = env.dir.path().join(format!("report{k}.txt"));
            let troops = 10_000 + 1_000 * (k % 2);
            std::fs::write(
                &path,
                format!("Report {k}\n\nOfficials said some {troops} North Korean troops were in Kursk on day {k}.\n"),
            )
            .unwrap();
            path.display().to_string()
        })
        .collect();
    let mut args = vec!["import"];
    args.extend(files.iter().map(String::as_str));
    let out = env.run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("relating the 25 new documents in the background"),
        "{said}"
    );
    let report = String::from_utf8(env.run(&["export", "--format", "md"]).stdout).unwrap();
    assert!(
        report.contains("## Conflicting figures"),
        "export relates what is pending first"
    );
    let pending = env.json(&["related", "--pending", "--json"]);
    assert_eq!(pending[0]["related_documents"], 0, "nothing left to relate");
}
