//! Importing documents: from files, web addresses, bytes the window read,
//! pasted text. One pipeline for every way in: read or fetch, decode and
//! check (`ingest`), run the engine, store the document with its claims.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use model::{ImportOutcome, NewClaim, NewDocument};
use serde::Serialize;
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::ingest::{self, IngestError, MAX_DOCUMENT_BYTES};
use crate::{AppError, Desk};

/// What the analyst says about imported files, over what the files say.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    /// Where the document came from (default: the file path).
    pub origin: Option<String>,
    /// Store now, relate later (`relate_pending`): a bulk import is not
    /// held up by relating each document to everything before it.
    pub relate_later: bool,
}

/// Where a document comes from: a file, or a web page by its address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportSource {
    File(PathBuf),
    Address(String),
}

impl ImportSource {
    /// A command-line argument: an address when it starts with a scheme
    /// (`https://`; `ftp://` too, to be refused as such), else a path.
    pub fn from_arg(arg: &std::ffi::OsStr) -> ImportSource {
        match arg.to_str() {
            Some(s) if ingest::web::looks_like_address(s) => ImportSource::Address(s.to_string()),
            _ => ImportSource::File(PathBuf::from(arg)),
        }
    }

    fn shown(&self) -> String {
        match self {
            ImportSource::File(path) => path.display().to_string(),
            ImportSource::Address(address) => address.clone(),
        }
    }
}

/// What happened to one file (or address) of a multi-file import.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct FileImport {
    pub path: String,
    pub outcome: Option<ImportOutcome>,
    pub error: Option<AppError>,
}

/// How far a multi-file import has come.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub path: String,
}

/// A document with its claims, ready to store.
pub(crate) type Prepared = (NewDocument, Vec<NewClaim>);

/// Files are stored in batches, one transaction (one disk sync) each: a
/// batch closes at this many documents or after this long, so a large
/// import is fast and a small one still shows progress.
const BATCH_DOCUMENTS: usize = 200;
const BATCH_TIME: Duration = Duration::from_millis(250);

impl Desk {
    /// Import pasted text (the analyst's title, publisher and date included).
    pub fn import_text(&mut self, document: NewDocument) -> Result<ImportOutcome, AppError> {
        let prepared = prepare_text(document)?;
        self.store_one(prepared)
    }

    /// Import a file's bytes as the window read them (picker or drop).
    pub fn import_bytes(&mut self, name: &str, bytes: Vec<u8>) -> Result<ImportOutcome, AppError> {
        let document = ingest::document_from_bytes(name, bytes)?;
        self.store_one(with_claims(document))
    }

    /// Import files; a bad file is reported in its own entry and does not
    /// stop the others. `progress` hears after each file.
    pub fn import_files(
        &mut self,
        paths: &[PathBuf],
        options: &ImportOptions,
        progress: impl FnMut(ImportProgress),
    ) -> Vec<FileImport> {
        let sources: Vec<ImportSource> = paths.iter().cloned().map(ImportSource::File).collect();
        self.import_sources(&sources, options, progress)
    }

    /// Import files and web pages, as [`Desk::import_files`] does files.
    pub fn import_sources(
        &mut self,
        sources: &[ImportSource],
        options: &ImportOptions,
        progress: impl FnMut(ImportProgress),
    ) -> Vec<FileImport> {
        let relate = !options.relate_later;
        import_sources(sources, options, progress, |batch| {
            let outcomes = self.store.import_many(batch)?;
            if relate {
                self.relate_new(&outcomes);
            }
            Ok(outcomes)
        })
    }

    fn store_one(&mut self, (document, claims): Prepared) -> Result<ImportOutcome, AppError> {
        let outcome = self.store.import(&document, &claims)?;
        self.relate_new(std::slice::from_ref(&outcome));
        Ok(outcome)
    }

    /// Relations are derived data: the documents are stored whatever
    /// happens here, and a document left unrelated (the disk filled up
    /// between the two writes) is related again by `relate_pending`.
    fn relate_new(&mut self, outcomes: &[ImportOutcome]) {
        for outcome in outcomes.iter().filter(|o| !o.duplicate) {
            let _ = self.relate_document(outcome.id);
        }
    }
}

/// Read (or fetch), decode and extract each source, and hand them to
/// `store` in batches. Shared by [`Desk::import_sources`] and the window's
/// background import, which takes the database lock only inside `store`.
pub(crate) fn import_sources(
    sources: &[ImportSource],
    options: &ImportOptions,
    mut progress: impl FnMut(ImportProgress),
    mut store: impl FnMut(&[Prepared]) -> Result<Vec<ImportOutcome>, AppError>,
) -> Vec<FileImport> {
    let total = sources.len() as u32;
    let mut results: Vec<FileImport> = Vec::with_capacity(sources.len());
    let mut batch = Batch::default();
    for (k, source) in sources.iter().enumerate() {
        let shown = source.shown();
        let prepared = prepare_source(source, options);
        results.push(FileImport {
            path: shown.clone(),
            outcome: None,
            error: None,
        });
        match prepared {
            Ok(prepared) => batch.add(k, prepared),
            Err(error) => results[k].error = Some(error),
        }
        if batch.is_due(k + 1 == sources.len()) {
            batch.store(&mut results, &mut store);
        }
        progress(ImportProgress {
            done: k as u32 + 1,
            total,
            path: shown,
        });
    }
    results
}

/// Documents waiting to be stored together, with the entry of each.
struct Batch {
    entries: Vec<usize>,
    documents: Vec<Prepared>,
    opened: Instant,
}

impl Default for Batch {
    fn default() -> Self {
        Batch {
            entries: Vec::new(),
            documents: Vec::new(),
            opened: Instant::now(),
        }
    }
}

impl Batch {
    fn add(&mut self, entry: usize, prepared: Prepared) {
        self.entries.push(entry);
        self.documents.push(prepared);
    }

    fn is_due(&self, last: bool) -> bool {
        !self.documents.is_empty()
            && (last
                || self.documents.len() >= BATCH_DOCUMENTS
                || self.opened.elapsed() >= BATCH_TIME)
    }

    /// Store the batch in one transaction and fill in each file's entry. If
    /// the batch fails, each document is tried on its own, so that only the
    /// one at fault is refused, as with one transaction per file.
    fn store(
        &mut self,
        results: &mut [FileImport],
        store: &mut impl FnMut(&[Prepared]) -> Result<Vec<ImportOutcome>, AppError>,
    ) {
        let batch = std::mem::take(self);
        if let Ok(outcomes) = store(&batch.documents) {
            for (entry, outcome) in batch.entries.into_iter().zip(outcomes) {
                results[entry].outcome = Some(outcome);
            }
            return;
        }
        for (entry, prepared) in batch.entries.into_iter().zip(&batch.documents) {
            match store(std::slice::from_ref(prepared)) {
                Ok(mut outcomes) => results[entry].outcome = outcomes.pop(),
                Err(error) => results[entry].error = Some(error),
            }
        }
    }
}

/// A file or a web page as a document with its claims, the analyst's
/// options applied over what the source says.
fn prepare_source(source: &ImportSource, options: &ImportOptions) -> Result<Prepared, AppError> {
    let mut document = match source {
        ImportSource::File(path) => ingest::document_from_file(path)?,
        ImportSource::Address(address) => {
            ingest::web::document_from_address(address, &ingest::web::FetchLimits::default())?
        }
    };
    let given = [
        (&mut document.publisher, &options.publisher),
        (&mut document.published_at, &options.published_at),
        (&mut document.origin, &options.origin),
    ];
    for (field, option) in given {
        if option.is_some() {
            field.clone_from(option);
        }
    }
    if let Some(title) = &options.title {
        document.title = title.clone();
    }
    Ok(with_claims(document))
}

fn prepare_text(document: NewDocument) -> Result<Prepared, AppError> {
    let size = document.text.len() as u64;
    if size > MAX_DOCUMENT_BYTES {
        return Err(IngestError::TooLarge {
            path: "the pasted text".into(),
            size,
            max: MAX_DOCUMENT_BYTES,
        }
        .into());
    }
    Ok(with_claims(document))
}

fn with_claims(document: NewDocument) -> Prepared {
    let claims = ingest::claims_of(&document.text);
    (document, claims)
}
