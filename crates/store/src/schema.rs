//! The schema, as numbered, append-only migrations on `user_version`: one
//! `.sql` file each in `migrations/`, applied in order.
//!
//! Never edit a migration that has shipped: add a new file at the end.

use rusqlite_migration::{Migrations, M};

/// `PRAGMA application_id` of a Claimdesk database ("CLMD"), so that another
/// program's SQLite file is recognised and left alone.
pub const APPLICATION_ID: i64 = 0x434C_4D44;

const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_documents_claims_verdicts.sql"),
    include_str!("../migrations/0002_claims_display_order.sql"),
    include_str!("../migrations/0003_verdicts_display_order.sql"),
    include_str!("../migrations/0004_document_counts.sql"),
    include_str!("../migrations/0005_library.sql"),
    include_str!("../migrations/0006_relations.sql"),
    include_str!("../migrations/0007_verdict_batches.sql"),
    include_str!("../migrations/0008_notes_before_verdicts.sql"),
    include_str!("../migrations/0009_settings.sql"),
    include_str!("../migrations/0010_document_author.sql"),
    include_str!("../migrations/0011_claims_display_order_end.sql"),
    include_str!("../migrations/0012_relations_version.sql"),
];

pub(crate) fn migrations() -> Migrations<'static> {
    Migrations::new(MIGRATIONS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this build writes.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
