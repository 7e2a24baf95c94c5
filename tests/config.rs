//! Least privilege, asserted from the files that grant it: the window may
//! call exactly the app's own commands (plus the few plugin permissions the
//! UI uses), and the CSP allows no inline or remote script and no remote
//! sources at all.

use std::collections::BTreeSet;

use serde_json::Value;

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

/// The command names declared in build.rs (`const COMMANDS: &[&str] = &[...]`).
fn declared_commands() -> BTreeSet<String> {
    let build = read("src-tauri/build.rs");
    let list = build
        .split("const COMMANDS: &[&str] = &[")
        .nth(1)
        .unwrap()
        .split("];")
        .next()
        .unwrap();
    list.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

#[test]
fn capabilities_allow_exactly_the_apps_commands_and_the_plugins_it_uses() {
    let commands = declared_commands();
    // Every declared command is a real handler (one file per domain in src-tauri/commands/).
    let handlers: String =
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/commands"))
            .iter()
            .map(|p| std::fs::read_to_string(p).unwrap())
            .collect();
    for c in &commands {
        assert!(
            handlers.contains(&format!("async fn {c}(")),
            "build.rs declares {c}, which src-tauri/commands/ does not define"
        );
    }
    let registered = read("src-tauri/commands/mod.rs");
    let registered = registered
        .split("generate_handler![")
        .nth(1)
        .unwrap()
        .split(']')
        .next()
        .unwrap();
    // `documents::import_text` registers `import_text`.
    let registered: BTreeSet<String> = registered
        .split(',')
        .map(|s| s.trim().rsplit("::").next().unwrap().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    assert_eq!(
        registered, commands,
        "the handlers registered are the commands declared"
    );

    let cap: Value = serde_json::from_str(&read("src-tauri/capabilities/default.json")).unwrap();
    assert_eq!(cap["windows"], serde_json::json!(["main"]));
    let granted: BTreeSet<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().expect("plain permission names only").to_string())
        .collect();
    let mut expected: BTreeSet<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.replace('_', "-")))
        .collect();
    for plugin in [
        "core:event:allow-listen",
        "core:event:allow-unlisten",
        "dialog:allow-open",
        "dialog:allow-save",
    ] {
        expected.insert(plugin.to_string());
    }
    assert_eq!(
        granted, expected,
        "capabilities must grant exactly the app's commands and the plugin permissions the UI uses"
    );
    let dir = std::fs::read_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities"),
    )
    .unwrap()
    .count();
    assert_eq!(dir, 1, "one capability file: no other grants");
}

#[test]
fn the_csp_forbids_inline_and_remote_script_and_remote_sources() {
    let conf: Value = serde_json::from_str(&read("tauri.conf.json")).unwrap();
    let csp = conf["app"]["security"]["csp"]
        .as_object()
        .expect("a CSP is set, as directives");
    let directive = |name: &str| {
        csp.get(name)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("CSP has no {name}"))
    };
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(
        directive("script-src"),
        "'self'",
        "scripts come only from the app bundle"
    );
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("base-uri"), "'none'");
    for (name, value) in csp {
        let value = value.as_str().unwrap();
        assert!(
            !value.contains("unsafe-inline") && !value.contains("unsafe-eval"),
            "{name} allows unsafe code: {value}"
        );
        for source in value.split_whitespace() {
            let remote = source.starts_with("http:")
                || source.starts_with("https:")
                || source == "*"
                || source.starts_with("ws");
            let ipc = source == "ipc:" || source == "http://ipc.localhost";
            assert!(!remote || ipc, "{name} allows a remote source: {source}");
        }
    }
    assert_eq!(conf["app"]["security"]["freezePrototype"], true);
    // And the UI never renders HTML from strings.
    for entry in walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src")) {
        let text = std::fs::read_to_string(&entry).unwrap();
        for forbidden in [
            "{@html",
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(
                !text.contains(forbidden),
                "{} uses {forbidden}",
                entry.display()
            );
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else if p
            .extension()
            .is_some_and(|x| x == "svelte" || x == "ts" || x == "rs")
        {
            out.push(p);
        }
    }
    out
}
