//! `verdict-writer DB [COUNT] [SEED]`: set verdicts on the claims of DB in a
//! loop (forever, or COUNT times) and print `committed CLAIM STATUS` on
//! stdout after each commit returned. Used by the crash-safety tests, which
//! kill it with SIGKILL at random moments and check that everything printed
//! is on disk.

use std::io::Write;

use store::{ClaimFilter, Status, Store};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(db) = args.get(1) else {
        eprintln!("usage: verdict-writer DB [COUNT] [SEED]");
        std::process::exit(2);
    };
    let count: Option<u64> = args.get(2).and_then(|a| a.parse().ok()).filter(|&n| n > 0);
    let mut seed: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(1);
    // Notes name the run, so every write is told apart from earlier runs'.
    let label = format!("w{seed}");
    let mut store = match Store::open(db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(1);
        }
    };
    let claims: Vec<i64> = store
        .claims(&ClaimFilter::default())
        .unwrap_or_default()
        .iter()
        .map(|c| c.id)
        .collect();
    if claims.is_empty() {
        eprintln!("error: no claims in {db}");
        std::process::exit(1);
    }
    let mut out = std::io::stdout().lock();
    let mut n = 0u64;
    while count.is_none_or(|c| n < c) {
        // xorshift: reproducible without a dependency
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let claim = claims[(seed % claims.len() as u64) as usize];
        let status = Status::ALL[((seed >> 8) % 3) as usize];
        let note = format!("{label}-{n}");
        match store.set_verdict(claim, status, Some(&note)) {
            Ok(_) => {
                // Printed only after the commit returned.
                if writeln!(out, "committed {claim} {status} {note}")
                    .and_then(|_| out.flush())
                    .is_err()
                {
                    return;
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        }
        n += 1;
    }
}
