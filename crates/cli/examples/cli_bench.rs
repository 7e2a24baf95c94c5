//! The command line as scripts use it, whole processes timed by the wall
//! clock (start-up included):
//!
//! ```sh
//! cargo build --release -p claimdesk-cli \
//!   && cargo run --release -p claimdesk-cli --example cli_bench [DIR]
//! ```
//!
//! From the news articles under DIR (every `.txt` below it; default the
//! news of `../shared/corpus`: `dev`, `attribution-dev`, `related-dev`) it makes 1,000 articles (each copy gets a line of its
//! own, so none is a duplicate) and 5 MB of news in one file, then prints:
//! importing the 1,000 into a new database (and when their relations,
//! computed in the background, are whole),
//! `list --json` on that database, `list | head -1`, and `extract --json`
//! on the 5 MB file in MB/s.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ARTICLES: usize = 1_000;
const NEWS_BYTES: usize = 5_000_000;

fn main() {
    let cli = cli_binary();
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let roots: Vec<PathBuf> = match std::env::args().nth(1) {
        Some(dir) => vec![PathBuf::from(dir)],
        None => ["dev", "attribution-dev", "related-dev"]
            .iter()
            .map(|d| corpus.join(d))
            .collect(),
    };
    let texts = news_texts(&roots);
    if texts.is_empty() {
        eprintln!("no .txt articles under {roots:?}");
        std::process::exit(2);
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let files = write_articles(dir.path(), &texts);
    let bytes: u64 = files
        .iter()
        .map(|f| f.metadata().map_or(0, |m| m.len()))
        .sum();
    let db = dir.path().join("bench.db");
    println!("claimdesk: {}", cli.display());

    let mut import = Command::new(&cli);
    import.arg("--db").arg(&db).arg("import").args(&files);
    let took = time(&mut import);
    println!(
        "import {ARTICLES} articles ({:.1} MB), stored with their claims: {:.2} s",
        bytes as f64 / 1e6,
        took.as_secs_f64()
    );
    // The import left relating to a background process; `related
    // --pending` finishes it alongside, so this is when relations are whole.
    let mut finish = Command::new(&cli);
    finish.arg("--db").arg(&db).args(["related", "--pending"]);
    let related = time(&mut finish);
    println!(
        "  relations whole (background relating finished) {:.2} s later, {:.2} s after the import began",
        related.as_secs_f64(),
        (took + related).as_secs_f64()
    );
    // The import's own background relater may still be committing its last
    // document and exiting; timed beside it, `list` measures the contention
    // of two cores, not the command.
    let waited = wait_for_background_relater(&db);
    println!(
        "  (the import's background relater exited {:.2} s after that)",
        waited.as_secs_f64()
    );

    let claims = output(
        Command::new(&cli)
            .arg("--db")
            .arg(&db)
            .args(["list", "--json"]),
    )
    .lines()
    .count();
    let list = median_of(20, || {
        time(
            Command::new(&cli)
                .arg("--db")
                .arg(&db)
                .args(["list", "--json"]),
        )
    });
    println!(
        "list --json ({ARTICLES} documents, {claims} claims): median {:.1} ms",
        ms(list)
    );
    let first = median_of(20, || {
        time(
            Command::new(&cli)
                .arg("--db")
                .arg(&db)
                .args(["list", "--json", "--limit", "1"]),
        )
    });
    println!("list --json --limit 1: median {:.1} ms", ms(first));

    let news = dir.path().join("news.txt");
    std::fs::write(&news, five_megabytes(&texts)).expect("write the news file");
    let extract = median_of(5, || {
        time(Command::new(&cli).arg("extract").arg("--json").arg(&news))
    });
    println!(
        "extract --json on {:.1} MB: median {:.0} ms = {:.1} MB/s",
        NEWS_BYTES as f64 / 1e6,
        ms(extract),
        NEWS_BYTES as f64 / 1e6 / extract.as_secs_f64()
    );
}

/// Wait (up to a minute) until no process runs `claimdesk ... related`
/// on `db`, as the import's detached background relater does; how long
/// that took. Linux's `/proc`; elsewhere it returns at once.
fn wait_for_background_relater(db: &Path) -> Duration {
    let start = Instant::now();
    let db = db.to_string_lossy().into_owned();
    let running = || {
        std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .any(|entry| {
                std::fs::read(entry.path().join("cmdline")).is_ok_and(|raw| {
                    let args: Vec<&[u8]> = raw.split(|&b| b == 0).collect();
                    args.contains(&db.as_bytes()) && args.contains(&b"related".as_slice())
                })
            })
    };
    while running() && start.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(20));
    }
    start.elapsed()
}

/// The release `claimdesk` beside this example's directory (`target/release`).
fn cli_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    let release = exe.parent().and_then(Path::parent).expect("target/release");
    let cli = release.join("claimdesk");
    if !cli.exists() {
        eprintln!("build it first: cargo build --release -p claimdesk-cli");
        std::process::exit(2);
    }
    cli
}

fn news_texts(roots: &[PathBuf]) -> Vec<String> {
    let mut paths = Vec::new();
    for root in roots {
        collect_txt(root, &mut paths);
    }
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter(|t| !t.trim().is_empty())
        .collect()
}

fn collect_txt(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for path in entries.filter_map(|e| e.ok()).map(|e| e.path()) {
        if path.is_dir() {
            collect_txt(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

/// The issue's measure: 1,000 articles of 5-6 MB in all. News articles
/// here average about 4 KB, so each copy takes the next articles too and is
/// cut at a sentence end near `ARTICLE_BYTES`.
const ARTICLE_BYTES: usize = 5_600;

fn write_articles(dir: &Path, texts: &[String]) -> Vec<PathBuf> {
    (0..ARTICLES)
        .map(|i| {
            let path = dir.join(format!("article-{i:04}.txt"));
            let mut body = String::new();
            for text in texts.iter().cycle().skip(i % texts.len()) {
                body.push_str(text);
                body.push_str("\n\n");
                if body.len() >= ARTICLE_BYTES {
                    break;
                }
            }
            // Cut at the last sentence end within the size.
            let mut limit = ARTICLE_BYTES.min(body.len());
            while !body.is_char_boundary(limit) {
                limit -= 1;
            }
            let cut = body[..limit].rfind(". ").map_or(limit, |k| k + 1);
            let text = format!("{}\n\nCopy {i} for the benchmark.\n", &body[..cut]);
            std::fs::write(&path, text).expect("write an article");
            path
        })
        .collect()
}

fn five_megabytes(texts: &[String]) -> String {
    let mut news = String::with_capacity(NEWS_BYTES + 100_000);
    for text in texts.iter().cycle() {
        if news.len() >= NEWS_BYTES {
            break;
        }
        news.push_str(text);
        news.push_str("\n\n");
    }
    let mut end = NEWS_BYTES.min(news.len());
    while !news.is_char_boundary(end) {
        end -= 1;
    }
    news.truncate(end);
    news
}

/// Run to the end with output discarded; the wall-clock time. A command
/// that fails stops the bench with what it printed on stderr.
fn time(command: &mut Command) -> Duration {
    let start = Instant::now();
    let out = command
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .expect("run claimdesk");
    let took = start.elapsed();
    assert!(
        out.status.success(),
        "{command:?} failed: {}",
        String::from_utf8_lossy(&out.stderr).trim()
    );
    took
}

fn output(command: &mut Command) -> String {
    let out = command.output().expect("run claimdesk");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn median_of(n: usize, mut run: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..n).map(|_| run()).collect();
    times.sort();
    times[n / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
