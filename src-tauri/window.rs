//! The window: plugins (single-instance first), the navigation guard, the
//! compositing choice, and the open database as managed state.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use api::SharedDesk;
use tauri::{Emitter, Manager};

/// Files given at launch, for the page to import once it is up (taken once).
#[derive(Default)]
pub struct FilesToOpen(pub Mutex<Vec<PathBuf>>);

/// Open the window on the database at `path`, then import `files`. A
/// database that cannot be opened does not stop the window: it says why
/// and offers another.
pub fn run(path: PathBuf, files: Vec<PathBuf>) -> Result<(), String> {
    let desk = SharedDesk::open(path);
    if let Some(e) = desk.open_error() {
        eprintln!("warning: {}", e.message);
    }
    tauri::Builder::default()
        // First, so that a second launch exits before it builds anything.
        // It finds the first over the D-Bus session bus; without a bus
        // (a bare root shell, CI) every launch runs on its own.
        .plugin(tauri_plugin_single_instance::init(|app, argv, cwd| {
            // A second launch with files ("Open with"): this window imports them.
            let files = api::paths::WindowArgs::parse(argv.into_iter().skip(1).map(Into::into))
                .map(|a| a.files)
                .unwrap_or_default();
            if !files.is_empty() {
                // Paths are the second launch's, relative to its folder;
                // web addresses stay as they are.
                let files: Vec<PathBuf> = files
                    .iter()
                    .map(|f| api::paths::to_open(f, Path::new(&cwd)))
                    .collect();
                let _ = app.emit("open-files", files);
            }
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.unminimize();
                let _ = w.show();
                let _ = w.set_focus();
            }
        }))
        .plugin(navigation_guard())
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .manage(desk)
        .manage(FilesToOpen(Mutex::new(files)))
        .setup(|app| {
            if let Some(w) = app.get_webview_window("main") {
                let _ = w.set_title("Claimdesk");
            }
            Ok(())
        })
        .invoke_handler(crate::commands::handler())
        .run(tauri::generate_context!())
        .map_err(|e| e.to_string())
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

/// Composite the page on the CPU unless the analyst asks for the GPU
/// (`CLAIMDESK_GPU=1`) or sets WebKit's own switch.
///
/// Why: WebKitGTK's GPU compositing paid up to half a second before the
/// first frame and a third more per filter switch in our window benchmark
/// (Xvfb, Mesa's software GL), and it is the usual cause of blank windows on
/// Linux drivers. A page of text and lists gains nothing from it.
pub fn software_compositing() {
    #[cfg(target_os = "linux")]
    {
        const WEBKIT_SWITCH: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";
        let wants_gpu = std::env::var_os("CLAIMDESK_GPU").is_some_and(|v| v == "1");
        if !wants_gpu && std::env::var_os(WEBKIT_SWITCH).is_none() {
            // Still one thread: nothing else reads the environment yet.
            std::env::set_var(WEBKIT_SWITCH, "1");
        }
    }
}
