//! Where the database lives: `--db`, else `CLAIMDESK_DB`, else the platform
//! data dir (`~/.local/share/app.claimdesk.desktop/claimdesk.db` on Linux).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Same identifier as `tauri.conf.json`, so the CLI and the app share a database.
pub const IDENTIFIER: &str = "app.claimdesk.desktop";

pub fn default_db() -> Result<PathBuf, crate::AppError> {
    if let Some(p) = std::env::var_os("CLAIMDESK_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let dirs = directories::ProjectDirs::from_path(PathBuf::from(IDENTIFIER)).ok_or_else(|| {
        crate::AppError::new(
            "no_home",
            "cannot find a home folder for the database; pass --db PATH",
        )
    })?;
    Ok(dirs.data_dir().join("claimdesk.db"))
}

/// `[--db PATH] [FILE...]`: what the window takes (`claimdesk-app`), and
/// what `claimdesk` takes with no subcommand before it starts the window:
/// the database, and articles to import once the window is up ("Open with
/// Claimdesk" passes them). One parser for both programs.
#[derive(Debug, Default, PartialEq)]
pub struct WindowArgs {
    pub db: Option<PathBuf>,
    pub files: Vec<PathBuf>,
}

impl WindowArgs {
    pub fn parse(mut args: impl Iterator<Item = OsString>) -> Result<WindowArgs, String> {
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
                return Err(format!("unexpected option {text:?}: the window takes --db PATH and files to open; the subcommands are `claimdesk --help`"));
            } else {
                parsed.files.push(PathBuf::from(arg));
            }
        }
        Ok(parsed)
    }
}

/// A file or web address to open, as the window will import it: a path
/// made absolute against `cwd` (the launch's folder), an address as it is.
pub fn to_open(arg: &Path, cwd: &Path) -> PathBuf {
    match arg.to_str() {
        Some(s) if crate::ingest::web::looks_like_address(s) => arg.to_path_buf(),
        _ => cwd.join(arg),
    }
}

#[cfg(test)]
mod tests {
    use super::{to_open, WindowArgs};
    use std::path::Path;

    #[test]
    fn what_to_open_is_made_absolute_unless_it_is_an_address() {
        let cwd = Path::new("/home/analyst");
        let cases = [
            ("a.txt", "/home/analyst/a.txt"),
            ("/tmp/b.html", "/tmp/b.html"),
            ("https://news.example.org/a", "https://news.example.org/a"),
            ("ftp://example.org/x", "ftp://example.org/x"),
        ];
        for (arg, expected) in cases {
            assert_eq!(to_open(Path::new(arg), cwd), Path::new(expected), "{arg}");
        }
    }

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
