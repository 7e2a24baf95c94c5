//! One module per domain, each a thin adapter: arguments in, one `api`
//! operation, the answer printed as text or JSON Lines.

mod claims;
mod documents;
mod export;
mod extract;
mod library;
mod related;
mod settings;
mod verdicts;

use std::path::PathBuf;

use api::{AppError, Desk};

use crate::args::{Command, LibraryCommand};
use crate::output::Out;

/// Run one subcommand; the exit code (1 when some of its files failed).
pub fn run(command: Command, db: Option<PathBuf>, out: &mut Out) -> Result<i32, AppError> {
    let open = || Desk::open_default(db.clone());
    match command {
        Command::Extract { json, files } => extract::run(&files, json, out),
        Command::Relate { json, files } => related::relate(&files, json, out).map(|()| 0),
        Command::Related {
            json,
            pending,
            claim,
        } => related::related(&mut open()?, claim, pending, json, out).map(|()| 0),
        Command::Library {
            command: LibraryCommand::Import { json, files },
        } => library::import(&mut open()?, &files, json, out),
        Command::Library {
            command: LibraryCommand::List { json },
        } => library::list(&open()?, json, out).map(|()| 0),
        Command::Match { json, top, files } => library::matches(&open()?, &files, top, json, out),
        Command::Import(args) => documents::import_args(&mut open()?, args, out),
        Command::Documents { json } => documents::list(&open()?, json, out).map(|()| 0),
        Command::List(args) => claims::list_args(&open()?, args, out).map(|()| 0),
        Command::Open(args) => match api::paths::WindowArgs::parse(args.into_iter()) {
            Ok(given) => Ok(crate::window::open(given.db.or(db), given.files)),
            Err(message) => {
                eprintln!("error: {message}");
                Ok(2)
            }
        },
        Command::Verdict(args) => verdicts::change(&mut open()?, &args, out).map(|()| 0),
        Command::Note { json, claim, note } => {
            verdicts::note(&mut open()?, claim, &note, json, out).map(|()| 0)
        }
        Command::Undo { json, claim } => verdicts::undo(&mut open()?, claim, json, out).map(|()| 0),
        Command::History { json, claim } => {
            verdicts::history(&open()?, claim, json, out).map(|()| 0)
        }
        Command::Export {
            format,
            document,
            status,
            output,
        } => {
            let mut desk = open()?;
            relate_what_is_pending(&mut desk);
            export::run(&desk, format, document, status, output, out).map(|()| 0)
        }
        Command::Settings { json, command } => {
            settings::run(&mut open()?, command, json, out).map(|()| 0)
        }
    }
}

/// Before a command that shows relations: relate the documents a bulk
/// import left to the background, so the answer is whole even if that
/// process has not finished (it is safe to run both: each document is
/// related once, under the write lock). Relations are derived: on a
/// read-only database this does nothing and the command shows what is there.
fn relate_what_is_pending(desk: &mut Desk) {
    let _ = desk.relate_pending(|_, _| {});
}

/// How a verdict or a missing one reads in text output.
fn status_text(status: Option<api::model::Status>) -> &'static str {
    status.map_or("not reviewed", api::model::Status::as_str)
}
