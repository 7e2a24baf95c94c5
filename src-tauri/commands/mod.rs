//! The window's commands, one file per domain. Each is a thin adapter: it
//! takes the arguments the window sent, runs one `api` operation through
//! [`SharedDesk`] (on a blocking thread) and returns its answer or
//! [`AppError`].
//!
//! Every command here is also declared in `build.rs` and allowed in
//! `capabilities/default.json`; `tests/config.rs` checks the three agree.

mod app;
mod claims;
mod documents;
mod export;
mod links;
mod related;
mod settings;
mod verdicts;

/// The handler for every command of the window.
pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app::app_info,
        app::open_database,
        app::take_files_to_open,
        settings::get_settings,
        settings::save_settings,
        documents::list_documents,
        documents::get_document,
        documents::review_counts,
        documents::import_text,
        documents::import_files,
        documents::import_addresses,
        documents::import_bytes,
        claims::list_claims,
        claims::claim_detail,
        verdicts::set_verdict,
        verdicts::clear_verdict,
        verdicts::save_note,
        verdicts::undo_verdict,
        verdicts::apply_to_same_claims,
        verdicts::add_evidence,
        verdicts::remove_evidence,
        links::open_link,
        export::export_report,
        related::related_claims,
        related::import_library,
        related::relate_pending
    ]
}
