//! Tauri's build step, with the two settings this layout needs: the app's
//! commands are declared (so each needs an explicit `allow-*` permission in a
//! capability) and capabilities are read from `src-tauri/` rather than next
//! to `Cargo.toml` (otherwise they are silently ignored).

/// Every `#[tauri::command]` in `src-tauri/commands/`, and nothing else.
const COMMANDS: &[&str] = &[
    "app_info",
    "open_database",
    "take_files_to_open",
    "get_settings",
    "save_settings",
    "list_documents",
    "get_document",
    "review_counts",
    "import_text",
    "import_files",
    "import_addresses",
    "import_bytes",
    "list_claims",
    "set_verdict",
    "clear_verdict",
    "save_note",
    "undo_verdict",
    "apply_to_same_claims",
    "claim_detail",
    "add_evidence",
    "remove_evidence",
    "open_link",
    "export_report",
    "related_claims",
    "import_library",
    "relate_pending",
];

fn main() {
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("tauri build script failed");
}
