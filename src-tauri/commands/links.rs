//! Links leave the window for the analyst's browser, never inside it.

use api::AppError;

/// Open an evidence link in the analyst's browser. The URL is checked again
/// here (http or https with a host), whatever the window sent: the window
/// itself never navigates away (see `window::navigation_guard`).
#[tauri::command]
pub async fn open_link(url: String) -> Result<(), AppError> {
    let url = api::validate_url(&url)?;
    tauri::async_runtime::spawn_blocking(move || open_in_browser(&url))
        .await
        .map_err(|e| AppError::new("internal", e.to_string()))?
}

/// `$BROWSER` when set (the Unix convention: `prog` or `prog %s`, the first
/// of a `:` list), else the desktop's handler for web links.
fn open_in_browser(url: &str) -> Result<(), AppError> {
    let failed = |e: &dyn std::fmt::Display| {
        AppError::new(
            "open_failed",
            format!("could not open {url} in the browser: {e}"),
        )
    };
    let browser = std::env::var("BROWSER").ok().and_then(|b| {
        b.split(':')
            .map(str::trim)
            .find(|b| !b.is_empty())
            .map(str::to_string)
    });
    let Some(browser) = browser else {
        return open::that_detached(url).map_err(|e| failed(&e));
    };
    let mut words: Vec<String> = browser.split_whitespace().map(str::to_string).collect();
    if !words.iter().any(|w| w.contains("%s")) {
        words.push("%s".to_string());
    }
    let mut command = std::process::Command::new(&words[0]);
    command.args(words[1..].iter().map(|w| w.replace("%s", url)));
    command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    let mut child = command.spawn().map_err(|e| failed(&e))?;
    // Reap it whenever it ends; the browser outlives nothing of ours.
    std::thread::spawn(move || child.wait());
    Ok(())
}
