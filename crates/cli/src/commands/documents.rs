//! `import` and `documents`.

use std::io::IsTerminal;
use std::time::Duration;

use api::{AppError, Desk, ImportOptions, ImportProgress, ImportSource};
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::ImportArgs;
use crate::output::{one_line, Out};

/// Up to this many sources are related as they are stored (about 10 ms
/// each); a bulk import stores first and relates in the background.
const RELATE_AT_ONCE: usize = 20;

/// `import`: its arguments as the sources and options of an import.
pub fn import_args(desk: &mut Desk, args: ImportArgs, out: &mut Out) -> Result<i32, AppError> {
    let sources: Vec<ImportSource> = args
        .sources
        .iter()
        .map(|s| ImportSource::from_arg(s))
        .collect();
    let options = ImportOptions {
        title: args.title,
        publisher: args.publisher,
        published_at: args.published,
        origin: args.origin,
        relate_later: sources.len() > RELATE_AT_ONCE,
    };
    import(desk, &sources, &options, args.json, out)
}

/// Import files and web pages; each failure is its own `error:` line and
/// the others go on. A long import shows a progress bar on a terminal.
fn import(
    desk: &mut Desk,
    sources: &[ImportSource],
    options: &ImportOptions,
    json: bool,
    out: &mut Out,
) -> Result<i32, AppError> {
    let bar = progress_bar(sources.len());
    let imported = desk.import_sources(sources, options, |p: ImportProgress| {
        bar.set_position(u64::from(p.done));
        bar.set_message(p.path);
    });
    bar.finish_and_clear();
    let added = imported
        .iter()
        .filter(|f| f.outcome.as_ref().is_some_and(|o| !o.duplicate))
        .count();
    if options.relate_later && added > 0 {
        relate_in_background(desk, added);
    }
    let mut failed = 0;
    for file in imported {
        match (file.outcome, file.error) {
            (Some(o), _) if json => out.json(&o)?,
            (Some(o), _) if o.duplicate => out.line(format_args!(
                "{}: already imported as document {} ({}), nothing added",
                file.path, o.id, o.title
            ))?,
            (Some(o), _) => out.line(format_args!(
                "{}: document {} ({}), {} claims",
                file.path, o.id, o.title, o.claims
            ))?,
            (None, error) => {
                failed += 1;
                let message =
                    error.map_or_else(|| format!("{}: not imported", file.path), |e| e.message);
                eprintln!("error: {message}");
            }
        }
    }
    Ok(i32::from(failed > 0))
}

/// Start `claimdesk --db DB related --pending` on its own, detached: the
/// import returns now and the relations follow. Commands that show
/// relations (`related`, `export`) finish what is left first, so nothing
/// reads them half-done; the window relates what is pending when it opens.
fn relate_in_background(desk: &Desk, added: usize) {
    use std::os::unix::process::CommandExt;
    use std::process::{Command, Stdio};
    let started = std::env::current_exe().and_then(|exe| {
        Command::new(exe)
            .arg("--db")
            .arg(desk.path())
            .args(["related", "--pending"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own process group: a Ctrl-C meant for the next command
            // does not stop it.
            .process_group(0)
            .spawn()
    });
    if started.is_ok() {
        eprintln!("relating the {added} new documents in the background (claimdesk related --pending finishes them now)");
    } else {
        eprintln!("{added} documents are not related yet: run claimdesk related --pending");
    }
}

/// Imports of fewer sources finish before a bar would say anything.
const BAR_FROM: usize = 20;

/// A bar on stderr for more than a handful of sources, when stderr is a
/// terminal; hidden otherwise (scripts and pipes get no escape codes).
fn progress_bar(total: usize) -> ProgressBar {
    if total < BAR_FROM || !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total as u64);
    let style = ProgressStyle::with_template("{bar:30} {pos}/{len} {elapsed} {wide_msg}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    bar.set_style(style);
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

pub fn list(desk: &Desk, json: bool, out: &mut Out) -> Result<(), AppError> {
    for d in desk.documents()? {
        if json {
            out.json(&d)?;
            continue;
        }
        let c = d.counts;
        let done = if c.done() { "done" } else { "" };
        out.line(format_args!(
            "{:>5}  {:>4} claims  {:>4} to review  {done:<4}  {}",
            d.id,
            c.claims,
            c.not_reviewed,
            one_line(&d.title, 80)
        ))?;
    }
    Ok(())
}
