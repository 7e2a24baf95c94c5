//! The Claimdesk window (`claimdesk-app`): a Tauri shell over the `api`
//! crate. Everything here is thin: the window's setup (`window`) and its
//! commands (`commands`), each an adapter over one `api` operation. The
//! command line is another binary, `claimdesk` (crates/cli), that starts
//! this one when given no subcommand.
//!
//! See ARCHITECTURE.md.

mod commands;
mod window;

use api::paths::WindowArgs;

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
