//! The Claimdesk window (`claimdesk-app`): a Tauri shell over the `api`
//! crate. Everything here is thin: the window's setup (`window`) and its
//! commands (`commands`), each an adapter over one `api` operation. The
//! command line is another binary, `claimdesk` (crates/cli), that starts
//! this one when given no subcommand.
//!
//! See ARCHITECTURE.md.

mod commands;
mod window;

use std::ffi::OsString;
use std::path::PathBuf;

/// Entry point of `claimdesk-app`; returns the process exit code.
pub fn main() -> i32 {
    let db = match db_argument(std::env::args_os().skip(1)) {
        Ok(db) => db,
        Err(message) => {
            eprintln!("error: {message}");
            return 2;
        }
    };
    let path = match db.map_or_else(api::paths::default_db, Ok) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {}", e.message);
            return 1;
        }
    };
    window::software_compositing();
    match window::run(path) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// The window takes one option, `--db PATH` (or `--db=PATH`); the command
/// line's subcommands belong to `claimdesk`.
fn db_argument(mut args: impl Iterator<Item = OsString>) -> Result<Option<PathBuf>, String> {
    let mut db = None;
    while let Some(arg) = args.next() {
        let text = arg.to_string_lossy();
        if text == "--db" {
            db = Some(args.next().map(PathBuf::from).ok_or("--db needs a PATH")?);
        } else if let Some(path) = text.strip_prefix("--db=") {
            db = Some(PathBuf::from(path));
        } else {
            return Err(format!("unexpected argument {text:?}: the window takes only --db PATH; for the command line use `claimdesk`"));
        }
    }
    Ok(db)
}

#[cfg(test)]
mod tests {
    use super::db_argument;

    #[test]
    fn the_window_takes_only_a_database() {
        let cases: &[(&[&str], Result<Option<&str>, ()>)] = &[
            (&[], Ok(None)),
            (&["--db", "/tmp/a.db"], Ok(Some("/tmp/a.db"))),
            (&["--db=/tmp/b.db"], Ok(Some("/tmp/b.db"))),
            (&["--db"], Err(())),
            (&["list"], Err(())),
        ];
        for (args, expected) in cases {
            let got = db_argument(args.iter().map(Into::into));
            let got = got
                .map(|db| db.map(|p| p.display().to_string()))
                .map_err(|_| ());
            let expected = expected.map(|db| db.map(str::to_string));
            assert_eq!(got, expected, "{args:?}");
        }
    }
}
