//! `claimdesk SUBCOMMAND`: the command-line face of the same store and engine.
//!
//! Every command prints one `error: ...` line on stderr and exits non-zero
//! when it fails; with `--json` it prints JSON Lines whose shapes are part of
//! the contract in DESIGN.md.

use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;
use store::{ClaimFilter, NewEvidence, Status, StatusFilter, Store};

use crate::{ingest, paths, AppError};

#[derive(Parser)]
#[command(name = "claimdesk", version, about = "Find, check and report the numeric and attributed claims in news articles.", long_about = None)]
struct Cli {
    /// The database to use (default: $CLAIMDESK_DB, else the platform data dir).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the claim engine on text files and print what it finds (no database).
    Extract {
        /// Print JSON Lines in the shape of CLAIMS.md.
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Import documents (.txt, .md, .html) and their claims into the database.
    Import {
        #[arg(long)]
        json: bool,
        /// Title for the document (default: the HTML title or the first line).
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        publisher: Option<String>,
        /// Publication date, as written (e.g. 2024-11-05).
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// Where the document came from (default: the file path).
        #[arg(long, value_name = "URL")]
        origin: Option<String>,
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// List claims.
    List {
        #[arg(long)]
        json: bool,
        /// not_reviewed, corroborated, disputed or unverified.
        #[arg(long, value_name = "S", value_parser = parse_status_filter)]
        status: Option<StatusFilter>,
        /// Full-text search over claim text.
        #[arg(long, value_name = "Q")]
        search: Option<String>,
        #[arg(long, value_name = "ID")]
        document: Option<i64>,
        /// Only numeric claims.
        #[arg(long)]
        numeric: bool,
        /// Only attributed claims.
        #[arg(long)]
        attributed: bool,
        #[arg(long)]
        limit: Option<u32>,
    },
    /// List documents with their review progress.
    Documents {
        #[arg(long)]
        json: bool,
    },
    /// Set (or clear) a claim's verdict, with an optional note and evidence link.
    Verdict {
        #[arg(long)]
        json: bool,
        claim: i64,
        verdict: VerdictArg,
        #[arg(long)]
        note: Option<String>,
        /// An http(s) link to evidence; can be given several times.
        #[arg(long, value_name = "URL")]
        evidence: Vec<String>,
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
        format: report::Format,
        #[arg(long, value_name = "ID")]
        document: Option<i64>,
        #[arg(long, value_name = "S", value_parser = parse_status_filter)]
        status: Option<StatusFilter>,
        /// Output file (default: standard output). Written atomically.
        #[arg(short, long, value_name = "OUT")]
        output: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum VerdictArg {
    Corroborated,
    Disputed,
    Unverified,
    /// Back to "not reviewed".
    Clear,
}

fn parse_format(s: &str) -> Result<report::Format, String> {
    report::Format::parse(s).ok_or_else(|| format!("unknown format {s:?}: use md, html, csv, json or claimreview"))
}

fn parse_status_filter(s: &str) -> Result<StatusFilter, String> {
    StatusFilter::parse(s).ok_or_else(|| format!("unknown status {s:?}: use not_reviewed, corroborated, disputed or unverified"))
}

/// Run the CLI; returns the exit code.
pub fn run(args: Vec<OsString>) -> i32 {
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
    let mut out = std::io::stdout().lock();
    match execute(cli, &mut out) {
        Ok(code) => code,
        Err(e) => {
            let _ = out.flush();
            eprintln!("error: {}", e.message);
            1
        }
    }
}

fn open_store(db: Option<PathBuf>) -> Result<Store, AppError> {
    let path = match db {
        Some(p) => p,
        None => paths::default_db()?,
    };
    Ok(Store::open(path)?)
}

fn json_line(out: &mut impl Write, value: &impl Serialize) -> Result<(), AppError> {
    let line = serde_json::to_string(value).map_err(|e| AppError::new("json", e.to_string()))?;
    writeln!(out, "{line}").map_err(io_error)
}

fn io_error(e: std::io::Error) -> AppError {
    AppError::new("io", e.to_string())
}

/// One claim as `list --json` prints it.
#[derive(Serialize)]
struct ListedClaim<'a> {
    id: i64,
    document_id: i64,
    start: usize,
    end: usize,
    text: &'a str,
    numeric: bool,
    attributed: bool,
    status: Option<Status>,
    note: Option<&'a str>,
}

fn execute(cli: Cli, out: &mut impl Write) -> Result<i32, AppError> {
    match cli.command {
        Command::Extract { json, files } => extract(&files, json, out),
        Command::Import { json, title, publisher, published, origin, files } => {
            let mut store = open_store(cli.db)?;
            let mut failed = 0;
            for file in &files {
                let result = ingest::document_from_file(file).map_err(AppError::from).and_then(|mut doc| {
                    if let Some(t) = &title {
                        doc.title = t.clone();
                    }
                    doc.publisher = publisher.clone();
                    doc.published_at = published.clone();
                    if origin.is_some() {
                        doc.origin = origin.clone();
                    }
                    let claims = ingest::claims_of(&doc.text);
                    Ok(store.import(&doc, &claims)?)
                });
                match result {
                    Ok(outcome) if json => json_line(out, &outcome)?,
                    Ok(o) if o.duplicate => writeln!(out, "{}: already imported as document {} ({}), nothing added", file.display(), o.id, o.title).map_err(io_error)?,
                    Ok(o) => writeln!(out, "{}: document {} ({}), {} claims", file.display(), o.id, o.title, o.claims).map_err(io_error)?,
                    Err(e) => {
                        failed += 1;
                        eprintln!("error: {}", e.message);
                    }
                }
            }
            Ok(if failed > 0 { 1 } else { 0 })
        }
        Command::List { json, status, search, document, numeric, attributed, limit } => {
            let store = open_store(cli.db)?;
            let filter = ClaimFilter {
                document_id: document,
                status,
                numeric: numeric.then_some(true),
                attributed: attributed.then_some(true),
                search,
                limit,
                offset: None,
            };
            for c in store.claims(&filter)? {
                if json {
                    json_line(
                        out,
                        &ListedClaim {
                            id: c.id,
                            document_id: c.document_id,
                            start: c.start,
                            end: c.end,
                            text: &c.text,
                            numeric: c.numeric,
                            attributed: c.attributed,
                            status: c.status,
                            note: c.note.as_deref(),
                        },
                    )?;
                } else {
                    let status = c.status.map_or("-", Status::as_str);
                    let kinds = format!("{}{}", if c.numeric { "N" } else { "-" }, if c.attributed { "A" } else { "-" });
                    writeln!(out, "{:>6}  {:<12}  {kinds}  {}", c.id, status, one_line(&c.text, 100)).map_err(io_error)?;
                }
            }
            Ok(0)
        }
        Command::Documents { json } => {
            let store = open_store(cli.db)?;
            for d in store.documents()? {
                if json {
                    json_line(out, &d)?;
                } else {
                    let c = d.counts;
                    let done = if c.done() { "done" } else { "" };
                    writeln!(out, "{:>5}  {:>4} claims  {:>4} to review  {done:<4}  {}", d.id, c.claims, c.not_reviewed, one_line(&d.title, 80)).map_err(io_error)?;
                }
            }
            Ok(0)
        }
        Command::Verdict { json, claim, verdict, note, evidence } => {
            let mut store = open_store(cli.db)?;
            // Validate every link before writing anything.
            for url in &evidence {
                store::validate_url(url)?;
            }
            let v = match verdict {
                VerdictArg::Clear => store.clear_verdict(claim)?,
                VerdictArg::Corroborated => store.set_verdict(claim, Status::Corroborated, note.as_deref())?,
                VerdictArg::Disputed => store.set_verdict(claim, Status::Disputed, note.as_deref())?,
                VerdictArg::Unverified => store.set_verdict(claim, Status::Unverified, note.as_deref())?,
            };
            for url in &evidence {
                store.add_evidence(claim, &NewEvidence { url: url.clone(), ..NewEvidence::default() })?;
            }
            if json {
                json_line(out, &v)?;
            } else {
                writeln!(out, "claim {claim}: {}", v.status.map_or("not reviewed", Status::as_str)).map_err(io_error)?;
            }
            Ok(0)
        }
        Command::Undo { json, claim } => {
            let mut store = open_store(cli.db)?;
            match store.undo(claim)? {
                Some(v) if json => json_line(out, &v)?,
                Some(v) => writeln!(out, "claim {}: back to {}", v.claim_id, v.status.map_or("not reviewed", Status::as_str)).map_err(io_error)?,
                None => return Err(AppError::new("nothing_to_undo", "nothing to undo")),
            }
            Ok(0)
        }
        Command::History { json, claim } => {
            let store = open_store(cli.db)?;
            store.claim(claim)?;
            for e in store.history(claim)? {
                if json {
                    json_line(out, &e)?;
                } else {
                    let s = |s: Option<Status>| s.map_or("not reviewed", Status::as_str);
                    writeln!(out, "{}  {:<5}  {} -> {}  {}", e.at, e.action, s(e.old_status), s(e.new_status), e.new_note.as_deref().unwrap_or("")).map_err(io_error)?;
                }
            }
            Ok(0)
        }
        Command::Export { format, document, status, output } => {
            let store = open_store(cli.db)?;
            let data = store.report_data(document, status)?;
            let rendered = report::render(format, &data)?;
            match output {
                Some(path) => {
                    report::write_atomically(&path, &rendered.bytes).map_err(|e| AppError::new("io", format!("cannot write {}: {e}", path.display())))?;
                    if let Some(note) = rendered.note {
                        eprintln!("{note}");
                    }
                }
                None => {
                    out.write_all(&rendered.bytes).map_err(io_error)?;
                    if let Some(note) = rendered.note {
                        eprintln!("{note}");
                    }
                }
            }
            Ok(0)
        }
    }
}

/// `extract`: one JSON object per file, in the CLAIMS.md shape.
fn extract(files: &[PathBuf], json: bool, out: &mut impl Write) -> Result<i32, AppError> {
    #[derive(Serialize)]
    struct FileExtraction<'a> {
        file: &'a str,
        #[serde(flatten)]
        extraction: claims::Extraction,
    }
    let mut failed = 0;
    for file in files {
        let text = match read_for_extract(file) {
            Ok(t) => t,
            Err(e) => {
                failed += 1;
                eprintln!("error: {}", e.message);
                continue;
            }
        };
        let extraction = claims::extract(&text);
        if json {
            json_line(out, &FileExtraction { file: &file.to_string_lossy(), extraction })?;
        } else {
            let n = extraction.claims().count();
            writeln!(out, "{}: {} sentences, {} claims", file.display(), extraction.sentences.len(), n).map_err(io_error)?;
            for s in extraction.claims() {
                let kinds = format!("{}{}", if s.numeric { "N" } else { "-" }, if s.attributed { "A" } else { "-" });
                writeln!(out, "  {:>6}..{:<6} {kinds}  {}", s.start, s.end, one_line(&text[s.start..s.end], 100)).map_err(io_error)?;
            }
        }
    }
    Ok(if failed > 0 { 1 } else { 0 })
}

/// `extract` works on the bytes as they are (offsets must match the file), so
/// it does not strip a BOM or reduce HTML; it refuses what is not text.
fn read_for_extract(path: &Path) -> Result<String, AppError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| AppError::new("unreadable", format!("cannot read {shown}: {e}")))?;
    if meta.len() > ingest::MAX_DOCUMENT_BYTES * 10 {
        return Err(ingest::IngestError::TooLarge { path: shown, size: meta.len(), max: ingest::MAX_DOCUMENT_BYTES * 10 }.into());
    }
    let bytes = std::fs::read(path).map_err(|e| AppError::new("unreadable", format!("cannot read {shown}: {e}")))?;
    if bytes.is_empty() {
        return Ok(String::new());
    }
    String::from_utf8(bytes).or_else(|e| ingest::decode(&shown, e.into_bytes()).map_err(AppError::from))
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &flat[..i]),
        None => flat,
    }
}
