//! Engine throughput and memory: `cargo run -p claimdesk-claims --release --example claims_bench [MB] [DIR]`.
//!
//! Builds a news corpus of MB megabytes (default 8) by repeating the texts in
//! DIR (default ../shared/corpus/dev, else a built-in article), then streams
//! it through the engine on one core and prints MB/s. Memory is measured as
//! peak RSS growth between a 1 MB and the full-size run, to show it stays
//! flat as input grows.

use std::time::Instant;

const BUILT_IN: &str = "Officials said some 11,000 troops were deployed near the border, Yonhap reported.\n\
    The ministry estimated that 1.2 million people had fled since February 2022, according to the UN.\n\
    \"We will not stop,\" he said on Tuesday. Prices rose 4.5% in June, the bank said.\n";

fn corpus(dir: &std::path::Path) -> String {
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                text.push_str(&t);
                text.push_str("\n\n");
            }
        }
    }
    if text.is_empty() {
        text.push_str(BUILT_IN);
    }
    text
}

fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Stream the engine over `text`; returns (sentences, claims, seconds).
fn run(text: &str) -> (usize, usize, f64) {
    let start = Instant::now();
    let mut sentences = 0;
    let mut claims = 0;
    for s in claims::Extractor::new(text) {
        sentences += 1;
        claims += s.is_claim() as usize;
    }
    (sentences, claims, start.elapsed().as_secs_f64())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mb: usize = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(8);
    let dir = args
        .get(2)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/dev")
        });
    let seed = corpus(&dir);
    let build = |bytes: usize| {
        let mut t = String::with_capacity(bytes + seed.len());
        while t.len() < bytes {
            t.push_str(&seed);
        }
        t
    };

    let small = build(1 << 20);
    let _ = run(&small); // warm up
    let rss_small = peak_rss_kib();
    let (_, _, t_small) = run(&small);
    let rss_after_small = peak_rss_kib();

    let big = build(mb << 20);
    let rss_before_big = peak_rss_kib();
    let mut best = f64::MAX;
    let mut counts = (0, 0);
    for _ in 0..3 {
        let (s, c, t) = run(&big);
        best = best.min(t);
        counts = (s, c);
    }
    let rss_after_big = peak_rss_kib();

    let mbs = big.len() as f64 / (1 << 20) as f64 / best;
    println!(
        "corpus        {:.1} MB built from {}",
        big.len() as f64 / (1 << 20) as f64,
        dir.display()
    );
    println!("sentences     {}  (claims {})", counts.0, counts.1);
    println!(
        "throughput    {mbs:.1} MB/s on one core (best of 3; 1 MB run: {:.1} MB/s)",
        small.len() as f64 / (1 << 20) as f64 / t_small
    );
    if let (Some(a), Some(b), Some(c), Some(d)) =
        (rss_small, rss_after_small, rss_before_big, rss_after_big)
    {
        // The input itself is allocated before the run; only what the engine adds counts.
        println!(
            "engine memory peak RSS grew {} KiB over the 1 MB run and {} KiB over the {mb} MB run",
            b.saturating_sub(a),
            d.saturating_sub(c)
        );
    }
    on_threads(&big);
}

/// The whole document at once on every core (`extract_on_threads`), checked
/// against one core's result.
fn on_threads(text: &str) {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let mut best = f64::MAX;
    let mut result = None;
    for _ in 0..3 {
        let start = Instant::now();
        let extraction = claims::extract_on_threads(text, threads);
        best = best.min(start.elapsed().as_secs_f64());
        result = Some(extraction);
    }
    let same = result.as_ref() == Some(&claims::extract(text));
    println!(
        "on {threads} threads  {:.1} MB/s, one document (best of 3; {})",
        text.len() as f64 / (1 << 20) as f64 / best,
        if same {
            "same result as one thread"
        } else {
            "DIFFERENT from one thread"
        }
    );
}
