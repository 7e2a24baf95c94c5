//! `claimdesk`: the command line of Claimdesk, over the same operations as
//! the window (`api`). With no subcommand it starts the window binary.
//!
//! Every command prints one `error: ...` line on stderr and exits non-zero
//! when it fails; with `--json` it prints JSON Lines whose shapes are part of
//! the contract in DESIGN.md.

mod args;
mod commands;
mod json;
mod output;
mod window;

/// See the note on the dependency in Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::ffi::OsString;

use clap::Parser;

use args::Cli;
use output::{Out, CLOSED_PIPE};

fn main() {
    std::process::exit(run(std::env::args_os().collect()));
}

/// Run the CLI; returns the exit code.
fn run(args: Vec<OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // Usage errors are one line too, like every other failure.
        Err(e) if e.use_stderr() => {
            let message = e.to_string();
            let first = message.lines().next().unwrap_or("invalid arguments");
            eprintln!("error: {}", first.trim_start_matches("error: "));
            return 2;
        }
        Err(e) => {
            let _ = e.print();
            return 0;
        }
    };
    let Some(command) = cli.command else {
        return window::open(cli.db, Vec::new());
    };
    let mut out = Out::stdout();
    let result =
        commands::run(command, cli.db, &mut out).and_then(|code| out.flush().map(|()| code));
    match result {
        Ok(code) => code,
        // The reader stopped reading (`| head`): that is where output ends.
        Err(e) if e.code == CLOSED_PIPE => 0,
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {}", e.message);
            1
        }
    }
}
