//! Importing documents: from files, from bytes the window read, from pasted
//! text. One pipeline for every way in: decode and check (`ingest`), run the
//! engine, store the document with its claims.

use std::path::{Path, PathBuf};
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
}

/// What happened to one file of a multi-file import.
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
        import_paths(paths, options, progress, |batch| self.store_batch(batch))
    }

    fn store_one(&mut self, (document, claims): Prepared) -> Result<ImportOutcome, AppError> {
        let outcome = self.store.import(&document, &claims)?;
        self.relate_new(std::slice::from_ref(&outcome));
        Ok(outcome)
    }

    /// Store documents in one transaction, then relate each new one to
    /// everything stored before it.
    pub(crate) fn store_batch(
        &mut self,
        batch: &[Prepared],
    ) -> Result<Vec<ImportOutcome>, AppError> {
        let outcomes = self.store.import_many(batch)?;
        self.relate_new(&outcomes);
        Ok(outcomes)
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

/// Read, decode and extract each file, and hand them to `store` in batches.
/// Shared by [`Desk::import_files`] and the window's background import,
/// which takes the database lock only inside `store`.
pub(crate) fn import_paths(
    paths: &[PathBuf],
    options: &ImportOptions,
    mut progress: impl FnMut(ImportProgress),
    mut store: impl FnMut(&[Prepared]) -> Result<Vec<ImportOutcome>, AppError>,
) -> Vec<FileImport> {
    let total = paths.len() as u32;
    let mut results: Vec<FileImport> = Vec::with_capacity(paths.len());
    let mut batch = Batch::default();
    for (k, path) in paths.iter().enumerate() {
        let shown = path.display().to_string();
        let prepared = prepare_file(path, options);
        results.push(FileImport {
            path: shown.clone(),
            outcome: None,
            error: None,
        });
        match prepared {
            Ok(prepared) => batch.add(k, prepared),
            Err(error) => results[k].error = Some(error),
        }
        if batch.is_due(k + 1 == paths.len()) {
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

/// A file as a document with its claims, the analyst's options applied.
pub(crate) fn prepare_file(path: &Path, options: &ImportOptions) -> Result<Prepared, AppError> {
    let mut document = ingest::document_from_file(path)?;
    if let Some(title) = &options.title {
        document.title = title.clone();
    }
    document.publisher = options.publisher.clone();
    document.published_at = options.published_at.clone();
    if options.origin.is_some() {
        document.origin = options.origin.clone();
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
