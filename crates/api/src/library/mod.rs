//! The library of past fact-checks: importing ClaimReview (JSON-LD, also
//! inside saved pages) and CSV, and ranking its items for a text, a file or
//! a claim (`RELATED.md`, `claimdesk match`).

mod claimreview;
mod csv;

use std::path::Path;
use std::sync::{Arc, Mutex};

use model::LibraryItem;
use serde::Serialize;
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::{ingest, AppError, Desk};

/// A library file may be far larger than an article.
pub const MAX_LIBRARY_BYTES: u64 = 512 * 1024 * 1024;

/// What importing one library file did.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct LibraryFileImport {
    pub file: String,
    pub added: usize,
    pub updated: usize,
    /// Reviews without a claim or an address, left out.
    pub skipped: usize,
}

/// One file of a library import in the window: what it did, or why not.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct LibraryFileResult {
    pub file: String,
    pub outcome: Option<LibraryFileImport>,
    pub error: Option<AppError>,
}

/// A library item ranked for a text.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct LibraryMatch {
    pub url: String,
    /// In `[0, 1]`.
    pub score: f64,
    pub claim: String,
    pub rating: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    /// The sentence of the text that matched best (byte span).
    pub sentence: Span,
}

#[derive(Debug, Clone, Copy, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// One file's ranked items: a line of `claimdesk match --json`.
#[derive(Debug, Clone, Serialize)]
pub struct FileMatches {
    pub file: String,
    pub ranked: Vec<LibraryMatch>,
}

/// The library's index, built once and kept while the library is unchanged.
#[derive(Default)]
pub(crate) struct LibraryCache(Mutex<Option<((i64, String), Arc<related::Library>)>>);

impl std::fmt::Debug for LibraryCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LibraryCache")
    }
}

impl Desk {
    /// Add the fact-checks in a ClaimReview (JSON-LD or an HTML page that
    /// carries it) or CSV file to the library; items already there (same
    /// address) are updated.
    pub fn import_library(&mut self, path: &Path) -> Result<LibraryFileImport, AppError> {
        let shown = path.display().to_string();
        let bytes = ingest::read_file(path, MAX_LIBRARY_BYTES)?;
        let (items, skipped) = read_library(path, &bytes)
            .map_err(|reason| AppError::new("library_format", format!("{shown}: {reason}")))?;
        if items.is_empty() {
            return Err(AppError::new(
                "library_empty",
                format!("{shown} has no fact-checks in it (a ClaimReview with claimReviewed and url, or CSV rows with claim and url)"),
            ));
        }
        let outcome = self.store.import_library(&items)?;
        Ok(LibraryFileImport {
            file: shown,
            added: outcome.added,
            updated: outcome.updated,
            skipped,
        })
    }

    /// Import several library files; each file's result on its own.
    pub fn import_library_files(&mut self, paths: &[std::path::PathBuf]) -> Vec<LibraryFileResult> {
        paths
            .iter()
            .map(|p| {
                let (outcome, error) = match self.import_library(p) {
                    Ok(done) => (Some(done), None),
                    Err(e) => (None, Some(e)),
                };
                LibraryFileResult {
                    file: p.display().to_string(),
                    outcome,
                    error,
                }
            })
            .collect()
    }

    pub fn library_items(&self) -> Result<Vec<LibraryItem>, AppError> {
        Ok(self.store.library_items()?)
    }

    /// The best `top` library items for `text` (whose sentences the engine
    /// finds), best first.
    pub fn match_text(&self, text: &str, top: usize) -> Result<Vec<LibraryMatch>, AppError> {
        let sentences: Vec<[usize; 2]> = claims::sentences(text).map(|(s, e)| [s, e]).collect();
        self.match_sentences(text, &sentences, top)
    }

    /// The best `top` library items for each file, as `claimdesk match`
    /// prints them; a file that cannot be read is an error of its own.
    pub fn match_file(&self, path: &Path, top: usize) -> Result<FileMatches, AppError> {
        let text = crate::extract::read_for_extract(path)?.text;
        Ok(FileMatches {
            file: path.to_string_lossy().into_owned(),
            ranked: self.match_text(&text, top)?,
        })
    }

    /// What was checked before that bears on one claim.
    pub fn checked_before(&self, claim_id: i64, top: usize) -> Result<Vec<LibraryMatch>, AppError> {
        let claim = self.store.claim(claim_id)?;
        self.match_sentences(&claim.text, &[[0, claim.text.len()]], top)
    }

    fn match_sentences(
        &self,
        text: &str,
        sentences: &[[usize; 2]],
        top: usize,
    ) -> Result<Vec<LibraryMatch>, AppError> {
        let library = self.library_index()?;
        Ok(library
            .rank(text, sentences, top)
            .into_iter()
            .map(|r| {
                let item = &library.items()[r.item];
                LibraryMatch {
                    url: item.url.clone(),
                    score: (r.score * 1000.0).round() / 1000.0,
                    claim: item.claim.clone(),
                    rating: item.rating.clone(),
                    title: item.title.clone(),
                    publisher: item.publisher.clone(),
                    sentence: Span {
                        start: r.sentence[0],
                        end: r.sentence[1],
                    },
                }
            })
            .collect())
    }

    /// The library's index, rebuilt only when the library changed.
    fn library_index(&self) -> Result<Arc<related::Library>, AppError> {
        let version = self.store.library_version()?;
        let mut cache = self.library.0.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((v, index)) = cache.as_ref() {
            if *v == version {
                return Ok(index.clone());
            }
        }
        let index = Arc::new(related::Library::new(self.store.library_items()?));
        *cache = Some((version, index.clone()));
        Ok(index)
    }
}

/// Items from a library file: CSV by its extension, JSON-LD by its
/// extension or its first character, an HTML page by its scripts.
fn read_library(path: &Path, bytes: &[u8]) -> Result<(Vec<LibraryItem>, usize), String> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let text = std::str::from_utf8(bytes)
        .map_err(|e| format!("not UTF-8 text (byte {})", e.valid_up_to()))?
        .trim_start_matches('\u{feff}');
    let first = text.trim_start().chars().next();
    if ext == "csv" || (!matches!(first, Some('[' | '{' | '<')) && ext != "json" && ext != "jsonld")
    {
        return csv::from_csv(text.as_bytes());
    }
    if first == Some('<') {
        let mut all = (Vec::new(), 0);
        for block in claimreview::json_ld_blocks(text) {
            let value: serde_json::Value = serde_json::from_str(block)
                .map_err(|e| format!("a JSON-LD script is not JSON: {e}"))?;
            let (items, skipped) = claimreview::from_json(&value);
            all.0.extend(items);
            all.1 += skipped;
        }
        return Ok(all);
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not JSON-LD: {e}"))?;
    Ok(claimreview::from_json(&value))
}
