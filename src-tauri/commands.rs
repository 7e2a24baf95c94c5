//! The window's commands: each parses its arguments, runs one store, engine
//! or report call on a blocking thread, and maps errors to [`AppError`].

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use serde::{Deserialize, Serialize};
use store::{ClaimFilter, ClaimRow, Document, DocumentSummary, Evidence, ImportOutcome, NewDocument, NewEvidence, Status, StatusCounts, StatusFilter, Store, Verdict, VerdictEvent};
use tauri::{Emitter, Manager};
use ts_rs::TS;

use crate::{ingest, paths, AppError};

/// The open database, or why it could not be opened (the window then says so).
pub struct AppState {
    db_path: Mutex<PathBuf>,
    store: Arc<Mutex<Result<Store, AppError>>>,
}

/// Run `f` with the store on a blocking thread: SQLite calls never block the
/// async runtime that drives the window.
async fn with_store<T, F>(state: &AppState, f: F) -> Result<T, AppError>
where
    T: Send + 'static,
    F: FnOnce(&mut Store) -> Result<T, AppError> + Send + 'static,
{
    let store = Arc::clone(&state.store);
    tauri::async_runtime::spawn_blocking(move || {
        let mut guard = store.lock().map_err(|_| AppError::new("internal", "the database lock was poisoned; restart Claimdesk"))?;
        match guard.as_mut() {
            Ok(store) => f(store),
            Err(e) => Err(e.clone()),
        }
    })
    .await
    .map_err(|e| AppError::new("internal", e.to_string()))?
}

#[derive(Serialize, TS)]
#[ts(export)]
pub struct AppInfo {
    pub version: String,
    pub db_path: String,
    /// Why the database could not be opened, if it could not.
    pub db_error: Option<AppError>,
    pub totals: Option<StatusCounts>,
    /// Tests only: where exports go instead of asking with a save dialog
    /// (`CLAIMDESK_TEST_SAVE_DIR`), because WebDriver cannot drive native dialogs.
    pub test_save_dir: Option<String>,
}

#[tauri::command]
async fn app_info(state: tauri::State<'_, AppState>) -> Result<AppInfo, AppError> {
    let db_path = state.db_path.lock().map(|p| p.display().to_string()).unwrap_or_default();
    let totals = with_store(&state, |s| Ok(s.totals()?)).await;
    let (totals, db_error) = match totals {
        Ok(t) => (Some(t), None),
        Err(e) => (None, Some(e)),
    };
    let test_save_dir = std::env::var("CLAIMDESK_TEST_SAVE_DIR").ok().filter(|d| !d.is_empty());
    Ok(AppInfo { version: env!("CARGO_PKG_VERSION").to_string(), db_path, db_error, totals, test_save_dir })
}

/// Switch to the database at `path`, creating it if it does not exist. If
/// it cannot be opened (not a Claimdesk database, newer, unreadable) the
/// current one stays open and the error says why.
#[tauri::command]
async fn open_database(state: tauri::State<'_, AppState>, path: String) -> Result<AppInfo, AppError> {
    let new_path = PathBuf::from(&path);
    let opened = tauri::async_runtime::spawn_blocking({
        let p = new_path.clone();
        move || Store::open(p).map_err(AppError::from)
    })
    .await
    .map_err(|e| AppError::new("internal", e.to_string()))??;
    {
        let mut store = state.store.lock().map_err(|_| AppError::new("internal", "the database lock was poisoned; restart Claimdesk"))?;
        *store = Ok(opened);
        *state.db_path.lock().map_err(|_| AppError::new("internal", "the path lock was poisoned"))? = new_path;
    }
    app_info(state).await
}

#[tauri::command]
async fn list_documents(state: tauri::State<'_, AppState>) -> Result<Vec<DocumentSummary>, AppError> {
    with_store(&state, |s| Ok(s.documents()?)).await
}

#[tauri::command]
async fn get_document(state: tauri::State<'_, AppState>, id: i64) -> Result<Document, AppError> {
    with_store(&state, move |s| Ok(s.document(id)?)).await
}

#[tauri::command]
async fn import_text(state: tauri::State<'_, AppState>, document: NewDocument) -> Result<ImportOutcome, AppError> {
    if document.text.len() as u64 > ingest::MAX_DOCUMENT_BYTES {
        return Err(ingest::IngestError::TooLarge { path: "the pasted text".into(), size: document.text.len() as u64, max: ingest::MAX_DOCUMENT_BYTES }.into());
    }
    with_store(&state, move |s| {
        let claims = ingest::claims_of(&document.text);
        Ok(s.import(&document, &claims)?)
    })
    .await
}

/// What happened to one file of a multi-file import.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct FileImport {
    pub path: String,
    pub outcome: Option<ImportOutcome>,
    pub error: Option<AppError>,
}

#[derive(Clone, Serialize, TS)]
#[ts(export)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
    pub path: String,
}

/// Import files one by one; each file is its own transaction, so a bad file
/// leaves nothing behind and does not stop the others. Progress is emitted
/// as `import-progress` events.
#[tauri::command]
async fn import_files(app: tauri::AppHandle, state: tauri::State<'_, AppState>, paths: Vec<String>) -> Result<Vec<FileImport>, AppError> {
    let total = paths.len() as u32;
    let mut results = Vec::with_capacity(paths.len());
    for (k, path) in paths.into_iter().enumerate() {
        let p = path.clone();
        let result = with_store(&state, move |s| {
            let doc = ingest::document_from_file(std::path::Path::new(&p))?;
            let claims = ingest::claims_of(&doc.text);
            Ok(s.import(&doc, &claims)?)
        })
        .await;
        let _ = app.emit("import-progress", ImportProgress { done: k as u32 + 1, total, path: path.clone() });
        results.push(match result {
            Ok(o) => FileImport { path, outcome: Some(o), error: None },
            Err(e) => FileImport { path, outcome: None, error: Some(e) },
        });
    }
    Ok(results)
}

/// Import one file's bytes as the window read them (file picker or drop):
/// the raw request body, with the file name percent-encoded in `x-file-name`.
#[tauri::command]
async fn import_bytes(state: tauri::State<'_, AppState>, request: tauri::ipc::Request<'_>) -> Result<ImportOutcome, AppError> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(AppError::new("invalid", "expected the file's bytes"));
    };
    let bytes = bytes.clone();
    let name = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok())
        .map(percent_decode)
        .unwrap_or_else(|| "dropped file".to_string());
    with_store(&state, move |s| {
        let doc = ingest::document_from_bytes(&name, bytes)?;
        let claims = ingest::claims_of(&doc.text);
        Ok(s.import(&doc, &claims)?)
    })
    .await
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A window of the claims list, with the number of all matches.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct ClaimPage {
    pub claims: Vec<ClaimRow>,
    pub total: u32,
}

#[tauri::command]
async fn list_claims(state: tauri::State<'_, AppState>, filter: ClaimFilter) -> Result<ClaimPage, AppError> {
    with_store(&state, move |s| {
        let (claims, total) = s.claims_and_count(&filter)?;
        Ok(ClaimPage { claims, total })
    })
    .await
}

#[tauri::command]
async fn set_verdict(state: tauri::State<'_, AppState>, claim_id: i64, status: Status, note: Option<String>) -> Result<Verdict, AppError> {
    with_store(&state, move |s| Ok(s.set_verdict(claim_id, status, note.as_deref())?)).await
}

#[tauri::command]
async fn clear_verdict(state: tauri::State<'_, AppState>, claim_id: i64) -> Result<Verdict, AppError> {
    with_store(&state, move |s| Ok(s.clear_verdict(claim_id)?)).await
}

#[tauri::command]
async fn undo_verdict(state: tauri::State<'_, AppState>, claim_id: Option<i64>) -> Result<Option<Verdict>, AppError> {
    with_store(&state, move |s| Ok(s.undo(claim_id)?)).await
}

/// Everything the detail pane shows about one claim.
#[derive(Serialize, TS)]
#[ts(export)]
pub struct ClaimDetail {
    pub claim: ClaimRow,
    pub evidence: Vec<Evidence>,
    pub history: Vec<VerdictEvent>,
}

#[tauri::command]
async fn claim_detail(state: tauri::State<'_, AppState>, claim_id: i64) -> Result<ClaimDetail, AppError> {
    with_store(&state, move |s| Ok(ClaimDetail { claim: s.claim(claim_id)?, evidence: s.evidence(claim_id)?, history: s.history(claim_id)? })).await
}

#[tauri::command]
async fn add_evidence(state: tauri::State<'_, AppState>, claim_id: i64, evidence: NewEvidence) -> Result<Evidence, AppError> {
    with_store(&state, move |s| Ok(s.add_evidence(claim_id, &evidence)?)).await
}

#[tauri::command]
async fn remove_evidence(state: tauri::State<'_, AppState>, evidence_id: i64) -> Result<(), AppError> {
    with_store(&state, move |s| Ok(s.remove_evidence(evidence_id)?)).await
}

/// Open an evidence link in the analyst's browser. The URL is checked again
/// here (http or https with a host), whatever the window sent: the window
/// itself never navigates away (see `navigation_guard`).
#[tauri::command]
async fn open_link(url: String) -> Result<(), AppError> {
    let url = store::validate_url(&url)?;
    tauri::async_runtime::spawn_blocking(move || open_in_browser(&url))
        .await
        .map_err(|e| AppError::new("internal", e.to_string()))?
}

/// `$BROWSER` when set (the Unix convention: `prog` or `prog %s`, the first
/// of a `:` list), else the desktop's handler for web links.
fn open_in_browser(url: &str) -> Result<(), AppError> {
    let failed = |e: &dyn std::fmt::Display| AppError::new("open_failed", format!("could not open {url} in the browser: {e}"));
    let browser = std::env::var("BROWSER").ok().and_then(|b| b.split(':').map(str::trim).find(|b| !b.is_empty()).map(str::to_string));
    let Some(browser) = browser else {
        return open::that_detached(url).map_err(|e| failed(&e));
    };
    let mut words: Vec<String> = browser.split_whitespace().map(str::to_string).collect();
    if !words.iter().any(|w| w.contains("%s")) {
        words.push("%s".to_string());
    }
    let mut command = std::process::Command::new(&words[0]);
    command.args(words[1..].iter().map(|w| w.replace("%s", url)));
    command.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::null());
    let mut child = command.spawn().map_err(|e| failed(&e))?;
    // Reap it whenever it ends; the browser outlives nothing of ours.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// The window only ever shows the app itself: a link or a redirect to
/// anywhere else is refused (evidence links go through `open_link`).
fn navigation_guard<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_webview, url| {
            let app_page = matches!(url.scheme(), "tauri" | "asset")
                || url.host_str() == Some("tauri.localhost")
                // `tauri dev` serves the UI from Vite.
                || (cfg!(debug_assertions) && matches!(url.host_str(), Some("localhost" | "127.0.0.1")));
            if !app_page {
                eprintln!("warning: the window tried to open {url}; refused");
            }
            app_page
        })
        .build()
}

#[derive(Deserialize, TS)]
#[ts(export)]
pub struct ExportRequest {
    /// md, html, csv, json or claimreview.
    pub format: String,
    #[ts(type = "number | null")]
    pub document_id: Option<i64>,
    pub status: Option<StatusFilter>,
    /// Where to write; the file is replaced atomically.
    pub path: String,
}

#[derive(Serialize, TS)]
#[ts(export)]
pub struct ExportOutcome {
    pub path: String,
    pub bytes: u32,
    pub note: Option<String>,
}

#[tauri::command]
async fn export_report(state: tauri::State<'_, AppState>, request: ExportRequest) -> Result<ExportOutcome, AppError> {
    let format = report::Format::parse(&request.format).ok_or_else(|| AppError::new("invalid", format!("unknown report format {:?}", request.format)))?;
    with_store(&state, move |s| {
        let data = s.report_data(request.document_id, request.status)?;
        let rendered = report::render(format, &data)?;
        let path = PathBuf::from(&request.path);
        report::write_atomically(&path, &rendered.bytes).map_err(|e| AppError::new("io", format!("cannot write {}: {e}", path.display())))?;
        Ok(ExportOutcome { path: request.path, bytes: rendered.bytes.len() as u32, note: rendered.note })
    })
    .await
}

/// Open the window on the database the CLI would use.
pub fn run_app() -> Result<(), String> {
    let db_path = paths::default_db().map_err(|e| e.message)?;
    let store = Store::open(&db_path).map_err(AppError::from);
    if let Err(e) = &store {
        eprintln!("warning: {}", e.message);
    }
    let state = AppState { db_path: Mutex::new(db_path), store: Arc::new(Mutex::new(store)) };
    tauri::Builder::default()
        // First, so that a second launch exits before it builds anything.
        // It finds the first over the D-Bus session bus; without a bus
        // (a bare root shell, CI) every launch runs on its own.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        }))
        .plugin(navigation_guard())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(state)
        .setup(|app| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.set_title("Claimdesk");
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            app_info,
            open_database,
            list_documents,
            get_document,
            import_text,
            import_files,
            import_bytes,
            list_claims,
            set_verdict,
            clear_verdict,
            undo_verdict,
            claim_detail,
            add_evidence,
            remove_evidence,
            open_link,
            export_report
        ])
        .run(tauri::generate_context!())
        .map_err(|e| e.to_string())
}
