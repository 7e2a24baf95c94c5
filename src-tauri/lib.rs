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
    software_compositing();
    match commands::run_app() {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("error: {e}");
            1
        }
    }
}

/// Composite the page on the CPU unless the analyst asks for the GPU
/// (`CLAIMDESK_GPU=1`) or sets WebKit's own switch.
///
/// Why: WebKitGTK's GPU compositing paid up to half a second before the
/// first frame and a third more per filter switch in our window benchmark
/// (Xvfb, Mesa's software GL), and it is the usual cause of blank windows on
/// Linux drivers. A page of text and lists gains nothing from it.
fn software_compositing() {
    #[cfg(target_os = "linux")]
    {
        const WEBKIT_SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
        let wants_gpu = std::env::var_os("CLAIMDESK_GPU").is_some_and(|v| v == "1");
        if !wants_gpu && std::env::var_os(WEBKIT_SWITCH).is_none() {
            // Still one thread: nothing else reads the environment yet.
            std::env::set_var(WEBKIT_SWITCH, "1");
        }
    }
}
