//! Documents: the list, one document, and the three ways in (pasted text,
//! files by path, file bytes the window read).

use api::model::{Document, DocumentSummary, ImportOutcome, NewDocument};
use api::{AppError, FileImport, ImportSource, ReviewCounts, SharedDesk};
use tauri::Emitter;

#[tauri::command]
pub async fn list_documents(
    desk: tauri::State<'_, SharedDesk>,
) -> Result<Vec<DocumentSummary>, AppError> {
    desk.run(|d| d.documents()).await
}

/// One document's review counts and the totals: what a verdict changes in
/// the documents list, without reading every document again.
#[tauri::command]
pub async fn review_counts(
    desk: tauri::State<'_, SharedDesk>,
    document_id: i64,
) -> Result<ReviewCounts, AppError> {
    desk.run(move |d| d.review_counts(document_id)).await
}

#[tauri::command]
pub async fn get_document(
    desk: tauri::State<'_, SharedDesk>,
    id: i64,
) -> Result<Document, AppError> {
    desk.run(move |d| d.document(id)).await
}

#[tauri::command]
pub async fn import_text(
    desk: tauri::State<'_, SharedDesk>,
    document: NewDocument,
) -> Result<ImportOutcome, AppError> {
    desk.run(move |d| d.import_text(document)).await
}

/// Import files (or web addresses given as paths) in the background; a bad
/// one leaves nothing behind and does not stop the others. Progress is
/// emitted as `import-progress` events.
#[tauri::command]
pub async fn import_files(
    app: tauri::AppHandle,
    desk: tauri::State<'_, SharedDesk>,
    paths: Vec<String>,
) -> Result<Vec<FileImport>, AppError> {
    // `claimdesk URL` (and "Open with") hand addresses over as paths.
    let sources = paths
        .iter()
        .map(|p| ImportSource::from_arg(std::ffi::OsStr::new(p)))
        .collect();
    import_in_background(app, &desk, sources).await
}

/// Import web pages by their addresses (pasted, dropped or typed): fetched
/// here in Rust, never by the webview; only http(s). Progress as for files.
#[tauri::command]
pub async fn import_addresses(
    app: tauri::AppHandle,
    desk: tauri::State<'_, SharedDesk>,
    addresses: Vec<String>,
) -> Result<Vec<FileImport>, AppError> {
    let sources = addresses.into_iter().map(ImportSource::Address).collect();
    import_in_background(app, &desk, sources).await
}

/// The desk's background import, its progress emitted as `import-progress`.
async fn import_in_background(
    app: tauri::AppHandle,
    desk: &SharedDesk,
    sources: Vec<ImportSource>,
) -> Result<Vec<FileImport>, AppError> {
    desk.import_sources(sources, move |progress| {
        let _ = app.emit("import-progress", progress);
    })
    .await
}

/// Import one file's bytes as the window read them (file picker or drop):
/// the raw request body, with the file name percent-encoded in `x-file-name`.
#[tauri::command]
pub async fn import_bytes(
    desk: tauri::State<'_, SharedDesk>,
    request: tauri::ipc::Request<'_>,
) -> Result<ImportOutcome, AppError> {
    let tauri::ipc::InvokeBody::Raw(bytes) = request.body() else {
        return Err(AppError::new("invalid", "expected the file's bytes"));
    };
    let bytes = bytes.clone();
    let header = request
        .headers()
        .get("x-file-name")
        .and_then(|v| v.to_str().ok());
    let name = header
        .map(percent_decode)
        .unwrap_or_else(|| "dropped file".to_string());
    desk.run(move |d| d.import_bytes(&name, bytes)).await
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
