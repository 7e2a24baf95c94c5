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
    let args = match WindowArgs::parse(std::env::args_os().skip(1)) {
        Ok(args) => args,
        Err(message) => {
            eprintln!("error: {message}");
            return 2;
        }
    };
    let path = match args.db.map_or_else(api::paths::default_db, Ok) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {}", e.message);
            return 1;
        }
    };
    window::software_compositing();
    match window::run(path, args.files) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// `claimdesk-app [--db PATH] [FILE...]`: the database, and articles to
/// import once the window is up ("Open with Claimdesk" passes them). The
/// command line's subcommands belong to `claimdesk`.
#[derive(Debug, Default, PartialEq)]
pub(crate) struct WindowArgs {
    pub db: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

impl WindowArgs {
    pub(crate) fn parse(mut args: impl Iterator<Item = OsString>) -> Result<WindowArgs, String> {
        let mut parsed = WindowArgs::default();
        while let Some(arg) = args.next() {
            let text = arg.to_string_lossy();
            if text == "--db" {
                parsed.db = Some(args.next().map(PathBuf::from).ok_or("--db needs a PATH")?);
            } else if let Some(path) = text.strip_prefix("--db=") {
                parsed.db = Some(PathBuf::from(path));
            } else if text == "--" {
                parsed.files.extend(args.by_ref().map(PathBuf::from));
            } else if text.starts_with('-') {
                return Err(format!("unexpected option {text:?}: the window takes --db PATH and files to open; for the command line use `claimdesk`"));
            } else {
                parsed.files.push(PathBuf::from(arg));
            }
        }
        Ok(parsed)
    }
}

#[cfg(test)]
mod tests {
    use super::WindowArgs;

    #[test]
    fn the_window_takes_a_database_and_files_to_open() {
        type Parsed<'a> = Result<(Option<&'a str>, Vec<&'a str>), ()>;
        let cases: &[(&[&str], Parsed)] = &[
            (&[], Ok((None, vec![]))),
            (&["--db", "/tmp/a.db"], Ok((Some("/tmp/a.db"), vec![]))),
            (&["--db=/tmp/b.db"], Ok((Some("/tmp/b.db"), vec![]))),
            (
                &["a.txt", "--db", "x.db", "b.html"],
                Ok((Some("x.db"), vec!["a.txt", "b.html"])),
            ),
            (
                &["--", "--odd-name.txt"],
                Ok((None, vec!["--odd-name.txt"])),
            ),
            (&["--db"], Err(())),
            (&["--json"], Err(())),
        ];
        for (args, expected) in cases {
            let got = WindowArgs::parse(args.iter().map(Into::into))
                .map(|a| {
                    (
                        a.db.map(|p| p.display().to_string()),
                        a.files
                            .iter()
                            .map(|f| f.display().to_string())
                            .collect::<Vec<_>>(),
                    )
                })
                .map_err(|_| ());
            let expected = expected.clone().map(|(db, files)| {
                (
                    db.map(str::to_string),
                    files.into_iter().map(str::to_string).collect::<Vec<_>>(),
                )
            });
            assert_eq!(got, expected, "{args:?}");
        }
    }
}
