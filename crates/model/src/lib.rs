//! Rows and requests as the store hands them out, reports render them and
//! the front ends show them. Plain data: no I/O, no SQLite, so a renderer
//! or a front end can use them without linking the database.
//!
//! These types cross the IPC boundary: with the `ts` feature (the app's)
//! they also generate the UI's TypeScript bindings (ts-rs).

mod settings;

pub use settings::{SettingKey, Settings};

use claims::{NumberMention, SourceMention};
use serde::{Deserialize, Serialize};
#[cfg(feature = "ts")]
use ts_rs::TS;

/// An analyst's verdict on a claim. No verdict at all means "not reviewed".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", ts(export))]
pub enum Status {
    Corroborated,
    Disputed,
    Unverified,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Corroborated, Status::Disputed, Status::Unverified];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Corroborated => "corroborated",
            Status::Disputed => "disputed",
            Status::Unverified => "unverified",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which claims a query wants by review state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[serde(rename_all = "snake_case")]
#[cfg_attr(feature = "ts", ts(export))]
pub enum StatusFilter {
    NotReviewed,
    Corroborated,
    Disputed,
    Unverified,
}

impl StatusFilter {
    /// The verdict this filter asks for; `None` for "not reviewed".
    pub fn status(self) -> Option<Status> {
        match self {
            StatusFilter::NotReviewed => None,
            StatusFilter::Corroborated => Some(Status::Corroborated),
            StatusFilter::Disputed => Some(Status::Disputed),
            StatusFilter::Unverified => Some(Status::Unverified),
        }
    }

    pub fn parse(s: &str) -> Option<StatusFilter> {
        match s {
            "not_reviewed" | "not-reviewed" | "none" => Some(StatusFilter::NotReviewed),
            _ => Status::parse(s).map(StatusFilter::from),
        }
    }
}

impl From<Status> for StatusFilter {
    fn from(s: Status) -> Self {
        match s {
            Status::Corroborated => StatusFilter::Corroborated,
            Status::Disputed => StatusFilter::Disputed,
            Status::Unverified => StatusFilter::Unverified,
        }
    }
}

/// A document to import, with what the analyst knows about where it came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct NewDocument {
    pub title: String,
    pub origin: Option<String>,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub text: String,
    /// Who wrote it, as its page says (byline, JSON-LD author).
    pub author: Option<String>,
}

/// A claim the engine found, ready to be stored with its document.
#[derive(Debug, Clone, PartialEq)]
pub struct NewClaim {
    pub start: usize,
    pub end: usize,
    pub numeric: bool,
    pub attributed: bool,
    pub numbers: Vec<NumberMention>,
    pub sources: Vec<SourceMention>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct ImportOutcome {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub title: String,
    /// Claims stored for this document (for a duplicate: those already there).
    pub claims: usize,
    /// The same text was already in the database; nothing was added.
    pub duplicate: bool,
}

/// A document in the library list, with its review progress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct DocumentSummary {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub origin: Option<String>,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub imported_at: String,
    pub counts: StatusCounts,
}

/// How many claims there are, by review state.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct StatusCounts {
    pub claims: u32,
    pub not_reviewed: u32,
    pub corroborated: u32,
    pub disputed: u32,
    pub unverified: u32,
}

impl StatusCounts {
    /// A document is done when every claim has a verdict.
    pub fn done(&self) -> bool {
        self.not_reviewed == 0
    }
}

/// A whole document: its metadata and text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct Document {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    pub title: String,
    pub origin: Option<String>,
    pub publisher: Option<String>,
    pub published_at: Option<String>,
    pub imported_at: String,
    pub sha256: String,
    pub text: String,
    pub author: Option<String>,
}

/// A claim with its current verdict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct ClaimRow {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub document_id: i64,
    /// UTF-8 byte offsets into the document's text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub numeric: bool,
    pub attributed: bool,
    pub status: Option<Status>,
    pub note: Option<String>,
    pub updated_at: Option<String>,
    pub numbers: Vec<NumberMention>,
    pub sources: Vec<SourceMention>,
    /// One of its figures conflicts with another figure for the same
    /// quantity (RELATED.md).
    #[serde(default)]
    pub conflict: bool,
}

impl ClaimRow {
    /// The claim's first source named by a noun phrase, not a pronoun: who
    /// a list, a report or ClaimReview's `author` names as saying it.
    pub fn named_source(&self) -> Option<&str> {
        self.sources
            .iter()
            .find(|s| !s.pronoun)
            .map(|s| s.text.as_str())
    }
}

/// A claim with its verdict but without its mentions: a line of
/// `claimdesk list`, in the order its JSON prints the fields.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimBrief {
    pub id: i64,
    pub document_id: i64,
    /// UTF-8 byte offsets into the document's text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub numeric: bool,
    pub attributed: bool,
    pub status: Option<Status>,
    pub note: Option<String>,
}

/// Which claims to list. Every field narrows; the default lists them all.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct ClaimFilter {
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub document_id: Option<i64>,
    pub status: Option<StatusFilter>,
    pub numeric: Option<bool>,
    pub attributed: Option<bool>,
    /// Only claims with (or without) a conflicting figure.
    #[serde(default)]
    pub conflict: Option<bool>,
    /// Full-text search over the claim text (words, prefix matches).
    pub search: Option<String>,
    pub limit: Option<u32>,
    pub offset: Option<u32>,
}

/// One change in a claim's verdict history.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct VerdictEvent {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub claim_id: i64,
    /// `set`, `note` (a note written before any verdict), `clear` or `undo`.
    pub action: String,
    pub old_status: Option<Status>,
    pub new_status: Option<Status>,
    pub old_note: Option<String>,
    pub new_note: Option<String>,
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub undoes: Option<i64>,
    pub at: String,
    /// The action this change was part of, when one action changed several
    /// claims (the id of its first event); one undo takes a batch back.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub batch: Option<i64>,
}

/// A claim's verdict as committed to disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct Verdict {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub claim_id: i64,
    pub status: Option<Status>,
    pub note: Option<String>,
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct NewEvidence {
    pub url: String,
    pub title: Option<String>,
    pub quote: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct Evidence {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub claim_id: i64,
    pub url: String,
    pub title: String,
    pub quote: String,
    pub added_at: String,
}

/// Everything a report shows: documents with their claims, verdicts and
/// evidence, and the groups of figures among them that conflict.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ReportData {
    pub documents: Vec<ReportDocument>,
    pub conflicts: Vec<ConflictGroup>,
    /// Who publishes the reviews (ClaimReview's author and addresses).
    pub settings: Settings,
}

/// Figures for one quantity that cannot all be true (RELATED.md): the
/// figures, and the pairs of them whose intervals do not overlap.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictGroup {
    pub figures: Vec<ConflictFigure>,
    /// Pairs of indexes into `figures`.
    pub conflicts: Vec<[usize; 2]>,
}

/// One figure of a conflicting group, with where it was said and by whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConflictFigure {
    pub claim_id: i64,
    pub document_id: i64,
    pub document_title: String,
    /// The figure as written (`some 11,000`).
    pub text: String,
    pub value: f64,
    pub high: Option<f64>,
    pub bound: claims::Bound,
    /// The claim's first named source.
    pub source: Option<String>,
    pub status: Option<Status>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportDocument {
    pub document: Document,
    pub claims: Vec<ReportClaim>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReportClaim {
    pub claim: ClaimRow,
    pub evidence: Vec<Evidence>,
}

/// A past fact-check in the library (imported ClaimReview or CSV).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(TS))]
#[cfg_attr(feature = "ts", ts(export))]
pub struct LibraryItem {
    /// The review's address as imported (ClaimReview `url`, CSV `url`): the
    /// item's name everywhere, unique in a library.
    pub url: String,
    /// The claim that was checked (`claimReviewed`).
    pub claim: String,
    /// The verdict as the publisher wrote it (`reviewRating.alternateName`).
    pub rating: Option<String>,
    /// The fact-check's title (`name` or `headline`).
    pub title: Option<String>,
    /// Who checked it (`author.name`).
    pub publisher: Option<String>,
    /// When it was published (`datePublished`), as written.
    pub date: Option<String>,
}

/// An http(s) address with a host and no whitespace or control characters:
/// the one rule for every address Claimdesk stores, fetches or links to.
pub fn is_web_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or("");
            !host.is_empty() && !url.chars().any(|c| c.is_whitespace() || c.is_control())
        }
        None => false,
    }
}
