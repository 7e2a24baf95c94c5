//! The Claimdesk shell: one binary that is the desktop app without
//! arguments and a command-line tool with a subcommand.
//!
//! Everything here is thin: parsing, then a call into `claims`, `store` or
//! `report`. See ARCHITECTURE.md.

pub mod cli;
mod commands;
mod error;
pub mod ingest;
pub mod paths;

pub use error::AppError;

/// Entry point of the `claimdesk` binary; returns the process exit code.
pub fn main() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if args.len() > 1 {
        return cli::run(args);
    }
    match commands::run_app() {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}
