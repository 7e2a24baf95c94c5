//! `claimdesk` with no subcommand: start the window binary installed beside
//! this one (`claimdesk-app`), on the database given with `--db`, with the
//! files (or web addresses) to import.
//!
//! The CLI itself links no GUI library, so that it starts in milliseconds
//! and runs where there is no desktop; the window is its own program.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The window binary's name, beside `claimdesk` in the same folder.
const WINDOW_BINARY: &str = "claimdesk-app";

/// Start the window; returns the exit code if it could not be started (on
/// Unix the window replaces this process and this never returns otherwise).
pub fn open(db: Option<PathBuf>, files: Vec<PathBuf>) -> i32 {
    // A word that is not a file (nor a web address) is more likely a
    // mistyped subcommand.
    let is_address = |f: &PathBuf| f.to_str().is_some_and(api::ingest::web::looks_like_address);
    if let Some(missing) = files.iter().find(|f| !f.exists() && !is_address(f)) {
        eprintln!(
            "error: no such file or subcommand: {} (claimdesk --help lists the subcommands)",
            missing.display()
        );
        return 2;
    }
    let Some(binary) = window_binary() else {
        eprintln!("error: the Claimdesk window ({WINDOW_BINARY}) is not installed beside this program; run a subcommand (claimdesk --help) or install the app");
        return 1;
    };
    let mut command = Command::new(&binary);
    if let Some(db) = db {
        command.arg("--db").arg(db);
    }
    if !files.is_empty() {
        command.arg("--").args(&files);
    }
    let error = replace_with(&mut command);
    eprintln!(
        "error: cannot start the Claimdesk window ({}): {error}",
        binary.display()
    );
    1
}

/// `$CLAIMDESK_APP` if set (a build elsewhere, or a test's stand-in), else
/// `claimdesk-app` in this executable's folder.
fn window_binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CLAIMDESK_APP").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let exe = std::env::current_exe().ok()?;
    let beside = exe.parent().unwrap_or(Path::new(".")).join(WINDOW_BINARY);
    beside.is_file().then_some(beside)
}

/// Become the window process (its exit code is the caller's), or say why not.
#[cfg(unix)]
fn replace_with(command: &mut Command) -> std::io::Error {
    use std::os::unix::process::CommandExt;
    command.exec()
}

#[cfg(not(unix))]
fn replace_with(command: &mut Command) -> std::io::Error {
    match command.status() {
        Ok(status) => std::process::exit(status.code().unwrap_or(1)),
        Err(e) => e,
    }
}
