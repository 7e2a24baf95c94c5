//! The command line's grammar (clap): subcommands, their flags and values.

use std::ffi::OsString;
use std::path::PathBuf;

use api::model::StatusFilter;
use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "claimdesk",
    version,
    about = "Find, check and report the numeric and attributed claims in news articles.",
    long_about = "Find, check and report the numeric and attributed claims in news articles.\n\nWith no subcommand, opens the Claimdesk window (on --db PATH if given); `claimdesk FILE...` opens it and imports the files.",
    allow_external_subcommands = true
)]
pub struct Cli {
    /// The database to use (default: $CLAIMDESK_DB, else the platform data dir).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Not a subcommand: files to open in the window (`claimdesk FILE...`,
    /// what "Open with Claimdesk" runs), perhaps with `--db PATH` among them.
    #[command(external_subcommand)]
    Open(Vec<OsString>),
    /// Run the claim engine on text files and print what it finds (no database).
    Extract {
        /// Print JSON Lines in the shape of CLAIMS.md.
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Relate files (no database): figures for the same quantity, their
    /// conflicts, and the same claim across files (RELATED.md).
    Relate {
        /// Print one JSON object in the shape of RELATED.md.
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// What is related to a claim in the database: figures for the same
    /// quantity (conflicts marked), the same claim elsewhere, past
    /// fact-checks. `--pending` relates documents imported before.
    Related {
        #[arg(long)]
        json: bool,
        /// Relate every document not related yet, or related by the rules
        /// of an older version.
        #[arg(long, conflicts_with = "claim")]
        pending: bool,
        #[arg(required_unless_present = "pending")]
        claim: Option<i64>,
    },
    /// The library of past fact-checks: import ClaimReview or CSV, list it.
    Library {
        #[command(subcommand)]
        command: LibraryCommand,
    },
    /// Rank past fact-checks from the library for each text file
    /// (RELATED.md): one JSON line per file with --json.
    Match {
        #[arg(long)]
        json: bool,
        /// How many items per file.
        #[arg(long, default_value_t = 5, value_name = "K")]
        top: usize,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Import documents (.txt, .md, .html files, or http(s) addresses of
    /// web pages) and their claims into the database.
    Import(ImportArgs),
    /// List claims.
    List(ListArgs),
    /// List documents with their review progress.
    Documents {
        #[arg(long)]
        json: bool,
    },
    /// Set (or clear) a claim's verdict, with an optional note and evidence link.
    Verdict(VerdictArgs),
    /// Write a claim's note, with or before a verdict (the status is kept;
    /// an empty note removes it).
    Note {
        #[arg(long)]
        json: bool,
        claim: i64,
        note: String,
    },
    /// Undo the latest verdict change (of one claim with --claim).
    Undo {
        #[arg(long)]
        json: bool,
        #[arg(long)]
        claim: Option<i64>,
    },
    /// Show the verdict history of a claim.
    History {
        #[arg(long)]
        json: bool,
        claim: i64,
    },
    /// Write a verdict report.
    Export {
        /// md, html, csv, json or claimreview.
        #[arg(long, value_parser = parse_format)]
        format: api::Format,
        #[arg(long, value_name = "ID")]
        document: Option<i64>,
        #[arg(long, value_name = "S", value_parser = parse_status_filter)]
        status: Option<StatusFilter>,
        /// Output file (default: standard output). Written atomically.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
    /// The newsroom's settings, kept in the database (ClaimReview's author
    /// and addresses): list them, or `settings set KEY VALUE`.
    #[command(after_help = settings_help())]
    Settings {
        /// One JSON object of every setting (null where not set).
        #[arg(long)]
        json: bool,
        #[command(subcommand)]
        command: Option<SettingsCommand>,
    },
}

/// The keys and what each means, as `settings --help` lists them.
fn settings_help() -> String {
    let keys: Vec<String> = api::model::SettingKey::ALL
        .iter()
        .map(|k| format!("  {:<20} {}", k.as_str(), k.meaning()))
        .collect();
    format!("Keys:\n{}", keys.join("\n"))
}

#[derive(Subcommand)]
pub enum SettingsCommand {
    /// Set one setting; an empty VALUE unsets it.
    Set {
        #[arg(value_name = "KEY")]
        key: String,
        #[arg(value_name = "VALUE")]
        value: String,
    },
}

#[derive(Subcommand)]
pub enum LibraryCommand {
    /// Add fact-checks from ClaimReview JSON-LD (a file or a saved page) or
    /// CSV (`claim,rating,url,title`); an address already there is updated.
    Import {
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List the library's items.
    List {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
pub struct ImportArgs {
    #[arg(long)]
    pub json: bool,
    /// Title for the document (default: the HTML title or the first line).
    #[arg(long)]
    pub title: Option<String>,
    #[arg(long)]
    pub publisher: Option<String>,
    /// Publication date, as written (e.g. 2024-11-05).
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Where the document came from (default: the page's canonical
    /// address, else the file path or the address fetched).
    #[arg(long, value_name = "URL")]
    pub origin: Option<String>,
    #[arg(required = true, value_name = "FILE|URL")]
    pub sources: Vec<OsString>,
}

#[derive(Args)]
pub struct ListArgs {
    #[arg(long)]
    pub json: bool,
    /// not_reviewed, corroborated, disputed or unverified.
    #[arg(long, value_name = "S", value_parser = parse_status_filter)]
    pub status: Option<StatusFilter>,
    /// Full-text search over claim text.
    #[arg(long, value_name = "Q")]
    pub search: Option<String>,
    #[arg(long, value_name = "ID")]
    pub document: Option<i64>,
    /// Only numeric claims.
    #[arg(long)]
    pub numeric: bool,
    /// Only attributed claims.
    #[arg(long)]
    pub attributed: bool,
    #[arg(long)]
    pub limit: Option<u32>,
}

#[derive(Args)]
pub struct VerdictArgs {
    #[arg(long)]
    pub json: bool,
    pub claim: i64,
    pub verdict: VerdictArg,
    #[arg(long)]
    pub note: Option<String>,
    /// An http(s) link to evidence; can be given several times.
    #[arg(long, value_name = "URL")]
    pub evidence: Vec<String>,
    /// Then give the verdict to the claim's confirmed same-claim matches in
    /// other documents (one more action: `undo` takes it back first).
    #[arg(long)]
    pub same_claims: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum VerdictArg {
    Corroborated,
    Disputed,
    Unverified,
    /// Back to "not reviewed".
    Clear,
}

fn parse_format(s: &str) -> Result<api::Format, String> {
    api::Format::parse(s)
        .ok_or_else(|| format!("unknown format {s:?}: use md, html, csv, json or claimreview"))
}

fn parse_status_filter(s: &str) -> Result<StatusFilter, String> {
    StatusFilter::parse(s).ok_or_else(|| {
        format!("unknown status {s:?}: use not_reviewed, corroborated, disputed or unverified")
    })
}
