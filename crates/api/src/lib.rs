//! Claimdesk's operations: what the window and the command line both offer,
//! written once. Each front end is a thin adapter: it parses its input,
//! calls one operation here and shows the answer in its own way.
//!
//! - [`Desk`]: an open database and the operations on it, one module per
//!   domain (`documents`: import; `claims`: listing and detail; `verdicts`:
//!   verdicts, undo, history, evidence; `export`: reports; `settings`: the
//!   newsroom's, checked).
//! - [`SharedDesk`]: the same behind a lock for the window, with every call
//!   on a blocking thread of the async runtime and background imports that
//!   report progress.
//! - `ingest`: files, bytes and pasted text to documents; `extract`: the
//!   engine on a file, with no database; `paths`: where the database lives.
//!
//! A later shared-server mode would sit under [`Desk`]: nothing above it
//! touches the store directly.

mod claims;
mod desk;
mod documents;
mod error;
mod export;
pub mod extract;
pub mod ingest;
pub mod library;
pub mod paths;
pub mod related;
mod relating;
mod settings;
mod shared;
mod verdicts;

pub use claims::{ClaimDetail, ClaimPage, ReviewCounts};
pub use desk::Desk;
pub use documents::{FileImport, ImportOptions, ImportProgress, ImportSource};
pub use error::AppError;
pub use export::{ExportOutcome, ExportRequest};
pub use ingest::IngestError;
pub use relating::{ClaimRef, RelatedClaims, RelatedFigure, SameClaim, RELATIONS_VERSION};
pub use shared::SharedDesk;
pub use verdicts::{VerdictChange, VerdictSaved};

/// The rows and requests the operations take and give.
pub use model;
/// Report formats.
pub use report::Format;
/// The rule for evidence links (http and https only), for every front end.
pub use store::{is_web_link, validate_url};
