//! End-to-end: the real Claimdesk window, driven through tauri-driver and
//! WebKitWebDriver (under Xvfb in the test script). Each test gets its own
//! HOME, XDG dirs and database.
//!
//! When tauri-driver, WebKitWebDriver or a display is missing the tests say
//! so and pass, unless CLAIMDESK_E2E=required (the test script sets it).

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};

/// The local server the api tests fetch from, with the same pages.
#[path = "../../../crates/api/tests/support/web_server.rs"]
mod web_server;
use serde_json::{json, Value};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../fixtures/harbour-fire.txt");

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The window binary (`CLAIMDESK_APP` to test another build).
fn window_binary() -> PathBuf {
    std::env::var_os("CLAIMDESK_APP")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/debug/claimdesk-app"))
}

/// The command line, which starts the window beside it when given no
/// subcommand (`CLAIMDESK_BIN` to test another build).
fn cli_binary() -> PathBuf {
    std::env::var_os("CLAIMDESK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target/debug/claimdesk"))
}

fn find_tool(name: &str) -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect())
        .unwrap_or_default();
    if let Some(home) = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
    {
        dirs.push(home.join("bin"));
    }
    dirs.into_iter().map(|d| d.join(name)).find(|p| p.is_file())
}

/// Two distinct free ports: both listeners are held until both are known.
fn two_free_ports() -> (u16, u16) {
    let a = TcpListener::bind("127.0.0.1:0").unwrap();
    let b = TcpListener::bind("127.0.0.1:0").unwrap();
    (
        a.local_addr().unwrap().port(),
        b.local_addr().unwrap().port(),
    )
}

/// The environment an app of a session runs in: its own home, XDG dirs and
/// database, then `extra` on top. Tests that want the D-Bus session bus
/// pass one in `extra`; the others run without, so that a developer's own
/// bus cannot make the parallel sessions find each other as one instance.
fn app_env(home: &Path, extra: &[(&str, &Path)]) -> Vec<(String, std::ffi::OsString)> {
    let mut env: Vec<(String, std::ffi::OsString)> = vec![
        ("HOME".into(), home.into()),
        ("XDG_DATA_HOME".into(), home.join("data").into()),
        ("XDG_CONFIG_HOME".into(), home.join("config").into()),
        ("XDG_CACHE_HOME".into(), home.join("cache").into()),
        ("XDG_RUNTIME_DIR".into(), home.join("runtime").into()),
        ("CLAIMDESK_DB".into(), home.join("claimdesk.db").into()),
    ];
    env.extend(
        extra
            .iter()
            .map(|(k, v)| (k.to_string(), v.as_os_str().to_owned())),
    );
    env
}

/// A D-Bus session bus of the test's own, stopped when dropped.
struct PrivateBus {
    daemon: Child,
    address: String,
    _dir: tempfile::TempDir,
}

impl PrivateBus {
    fn start() -> Option<PrivateBus> {
        use std::io::BufRead;
        let dir = tempfile::tempdir().unwrap();
        let address = format!("unix:path={}", dir.path().join("bus").display());
        let mut daemon = Command::new(find_tool("dbus-daemon")?)
            .args([
                "--session",
                "--nofork",
                "--print-address=1",
                &format!("--address={address}"),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .ok()?;
        // The daemon prints its address once it listens.
        let mut line = String::new();
        std::io::BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut line)
            .ok()?;
        Some(PrivateBus {
            daemon,
            address: line.trim().to_string(),
            _dir: dir,
        })
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// A running app under tauri-driver, with its own home and database.
struct Session {
    client: Client,
    driver: Child,
    home: tempfile::TempDir,
}

impl Session {
    async fn start() -> Option<Session> {
        Session::start_with(&[]).await
    }

    async fn start_with(extra_env: &[(&str, &Path)]) -> Option<Session> {
        Session::start_with_args(extra_env, &[]).await
    }

    /// The app started as `claimdesk-app ARGS...` ("Open with" passes files).
    async fn start_with_args(extra_env: &[(&str, &Path)], args: &[&str]) -> Option<Session> {
        let required = std::env::var("CLAIMDESK_E2E").is_ok_and(|v| v == "required");
        let missing = |what: &str| {
            if required {
                panic!("CLAIMDESK_E2E=required but {what}");
            }
            println!("notice: skipping the end-to-end test: {what}");
            None::<Session>
        };
        let Some(driver_bin) = find_tool("tauri-driver") else {
            return missing(
                "tauri-driver is not installed (cargo install tauri-driver --version ^2 --locked)",
            );
        };
        let Some(native) = find_tool("WebKitWebDriver") else {
            return missing("WebKitWebDriver is not installed (apt-get install webkit2gtk-driver)");
        };
        if std::env::var_os("DISPLAY").is_none() {
            return missing("there is no DISPLAY (run it under xvfb-run)");
        }
        let app = window_binary();
        if !app.exists() {
            return missing(&format!("{} is not built", app.display()));
        }
        let home = tempfile::tempdir().unwrap();
        let (port, native_port) = two_free_ports();
        let driver = Command::new(driver_bin)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
                "--native-driver",
            ])
            .arg(native)
            .env_remove("DBUS_SESSION_BUS_ADDRESS")
            .envs(app_env(home.path(), extra_env))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start tauri-driver");
        std::fs::create_dir_all(home.path().join("runtime")).unwrap();
        // tauri-driver listens before the WebKitWebDriver it starts does, and
        // drops a new-session request it cannot forward yet: wait for both.
        let deadline = Instant::now() + Duration::from_secs(30);
        for (listener, p) in [("tauri-driver", port), ("WebKitWebDriver", native_port)] {
            while std::net::TcpStream::connect(("127.0.0.1", p)).is_err() {
                assert!(
                    Instant::now() < deadline,
                    "{listener} did not start listening on port {p}"
                );
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
        let caps = json!({ "tauri:options": { "application": app, "args": args } });
        // On a loaded machine the first request can still be reset while
        // the native driver finishes starting; a session is worth a retry.
        let mut attempt = 0;
        let client = loop {
            attempt += 1;
            match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                .capabilities(caps.as_object().unwrap().clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(e) if attempt < 4 && Instant::now() < deadline => {
                    println!("notice: WebDriver session attempt {attempt} failed ({e}); retrying");
                    tokio::time::sleep(Duration::from_millis(500 * attempt)).await;
                }
                Err(e) => {
                    panic!("a WebDriver session with the app after {attempt} attempts: {e:?}")
                }
            }
        };
        let session = Session {
            client,
            driver,
            home,
        };
        session.wait_for("[data-testid=all-documents]").await;
        Some(session)
    }

    fn db(&self) -> PathBuf {
        self.home.path().join("claimdesk.db")
    }

    /// `claimdesk ARGS --json` on the session's database.
    fn cli(&self, args: &[&str]) -> Vec<Value> {
        let out = Command::new(cli_binary())
            .args(args)
            .arg("--json")
            .env("CLAIMDESK_DB", self.db())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(15))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} did not appear: {e}"))
    }

    async fn wait_until<F, Fut>(&self, what: &str, mut f: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + Duration::from_secs(15);
        while !f().await {
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn text(&self, css: &str) -> String {
        self.wait_for(css).await.text().await.unwrap()
    }

    /// `textContent`: WebDriver's visible text leaves out line-clamped boxes.
    async fn content(&self, css: &str) -> String {
        self.wait_for(css).await;
        let v = self
            .client
            .execute(
                "return document.querySelector(arguments[0]).textContent",
                vec![json!(css)],
            )
            .await
            .unwrap();
        v.as_str().unwrap_or_default().to_string()
    }

    async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.unwrap().len()
    }

    /// Keys typed with nothing focused go to the window's shortcut handler.
    async fn press(&self, keys: &str) {
        self.client
            .execute(
                "document.activeElement && document.activeElement.blur()",
                vec![],
            )
            .await
            .unwrap();
        self.client
            .find(Locator::Css("body"))
            .await
            .unwrap()
            .send_keys(keys)
            .await
            .unwrap();
    }

    async fn paste(&self, title: &str, text: &str) {
        self.wait_for("[data-testid=paste-button]")
            .await
            .click()
            .await
            .unwrap();
        // WebDriver types a line break as the Enter key (U+E007), not as "\n".
        let typed = text.replace('\n', "\u{E007}");
        self.wait_for("[data-testid=paste-text]")
            .await
            .send_keys(&typed)
            .await
            .unwrap();
        self.wait_for("[data-testid=paste-title]")
            .await
            .send_keys(title)
            .await
            .unwrap();
        self.wait_for("[data-testid=paste-submit]")
            .await
            .click()
            .await
            .unwrap();
        self.wait_until("the paste dialog to close", || async {
            self.count("[data-testid=paste-dialog]").await == 0
        })
        .await;
    }

    async fn screenshot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("CLAIMDESK_SCREENSHOTS") {
            let png = self.client.screenshot().await.unwrap();
            std::fs::write(Path::new(&dir).join(name), png).unwrap();
        }
    }

    async fn stop(self) {
        let Session {
            client,
            mut driver,
            home,
        } = self;
        let _ = client.close().await;
        // SIGTERM lets tauri-driver close the app and WebKitWebDriver.
        let _ = Command::new("kill")
            .arg("-TERM")
            .arg(driver.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while driver.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = driver.kill();
        let _ = driver.wait();
        drop(home);
    }
}

fn claim_count_of(cli_extract: &Value) -> usize {
    cli_extract["sentences"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["numeric"] == true || s["attributed"] == true)
        .count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn paste_an_article_triage_it_by_keyboard_and_undo() {
    let Some(s) = Session::start().await else {
        return;
    };
    let article = std::fs::read_to_string(FIXTURE).unwrap();
    let expected = {
        let out = Command::new(cli_binary())
            .args(["extract", "--json", FIXTURE])
            .output()
            .unwrap();
        claim_count_of(&serde_json::from_slice(&out.stdout).unwrap())
    };

    // Paste -> claims appear in the list and highlighted in the text.
    s.paste("Harbour fire", &article).await;
    let label = format!("{expected} claims");
    s.screenshot("after-paste.png").await;
    s.wait_until(&format!("the list to say {label:?}"), || async {
        s.text("[data-testid=claim-count]").await == label
    })
    .await;
    s.wait_until("the claims to be highlighted", || async {
        s.count("[data-testid=claim-mark]").await == expected
    })
    .await;
    assert!(s
        .text("[data-testid=document-text]")
        .await
        .contains("forces evacuation of 300 residents"));
    s.screenshot("pasted.png").await;

    // Keyboard triage of three claims: 1, j 2, j 3.
    s.press("1").await;
    s.wait_until("the first verdict to be saved", || async {
        s.text("[data-testid=save-state]")
            .await
            .starts_with("Saved")
    })
    .await;
    s.press("j").await;
    s.press("2").await;
    s.press("j").await;
    s.press("3").await;
    s.wait_until("three verdicts in the database", || async {
        s.cli(&["list", "--status", "unverified"]).len() == 1
    })
    .await;
    let statuses: Vec<Value> = s
        .cli(&["list"])
        .into_iter()
        .map(|c| c["status"].clone())
        .collect();
    assert_eq!(
        &statuses[..3],
        &[
            json!("corroborated"),
            json!("disputed"),
            json!("unverified")
        ]
    );

    // Undo: the last change is taken back, in the window and on disk.
    s.press("u").await;
    s.wait_until("the undo to reach the database", || async {
        s.cli(&["list", "--status", "unverified"]).is_empty()
    })
    .await;
    s.wait_until("the undo to show", || async {
        s.text("[data-testid=save-state]")
            .await
            .starts_with("Undone")
    })
    .await;
    s.screenshot("triaged.png").await;
    s.stop().await;
}

/// One instance: a second launch on the same session bus hands over to the
/// open window (which comes forward) and exits, instead of opening another.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_launch_exits_and_leaves_the_first_window() {
    let Some(bus) = PrivateBus::start() else {
        assert!(std::env::var("CLAIMDESK_E2E").map_or(true, |v| v != "required"), "CLAIMDESK_E2E=required but dbus-daemon could not be started (apt-get install dbus-daemon)");
        println!("notice: skipping the single-instance test: no dbus-daemon");
        return;
    };
    let bus_address = Path::new(&bus.address);
    let Some(s) = Session::start_with(&[("DBUS_SESSION_BUS_ADDRESS", bus_address)]).await else {
        return;
    };
    s.paste("Already open", "The council said 40 homes were flooded.")
        .await;
    // Launched as an analyst would: `claimdesk`, which starts the window.
    let mut second = Command::new(cli_binary())
        .envs(app_env(
            s.home.path(),
            &[("DBUS_SESSION_BUS_ADDRESS", bus_address)],
        ))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    let status = loop {
        if let Some(status) = second.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = second.kill();
            panic!("the second launch was still running after 20 s: it opened a window of its own");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut second.stderr.take().unwrap(), &mut stderr).unwrap();
    assert!(
        status.success(),
        "the second launch failed ({status}): {stderr}"
    );
    // The first window is still there and still works.
    s.wait_for("[data-testid=claim-row]").await;
    assert_eq!(s.count("[data-testid=document]").await, 1);
    s.stop().await;
    drop(bus);
}

/// Only the documents in view are in the DOM, and scrolling brings the rest:
/// a database of thousands of articles opens as fast as one of ten.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_long_document_list_is_virtualised_and_scrolls_to_its_end() {
    const ARTICLES: usize = 150;
    let data = tempfile::tempdir().unwrap();
    let files: Vec<PathBuf> = (1..=ARTICLES)
        .map(|n| {
            let path = data.path().join(format!("article-{n:03}.txt"));
            std::fs::write(
                &path,
                format!("Flood report {n}\nThe council said {n} homes were flooded.\n"),
            )
            .unwrap();
            path
        })
        .collect();
    let db = data.path().join("many.db");
    let out = Command::new(cli_binary())
        .arg("import")
        .arg("--db")
        .arg(&db)
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "import: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    let Some(s) = Session::start_with(&[("CLAIMDESK_DB", db.as_path())]).await else {
        return;
    };
    s.wait_until("the documents to be listed", || async {
        s.count("[data-testid=document]").await > 0
    })
    .await;
    let shown = s.count("[data-testid=document]").await;
    assert!(
        shown < 40,
        "{shown} of {ARTICLES} documents are in the DOM: the list is not virtualised"
    );
    // Newest first: the first article imported is at the very end.
    assert_eq!(
        s.content("[data-testid=document] .title").await,
        format!("Flood report {ARTICLES}")
    );
    s.client
        .execute(
            "document.querySelector('[aria-label=Documents][role=listbox]').scrollTop = 1e9",
            vec![],
        )
        .await
        .unwrap();
    let last = "Flood report 1";
    s.wait_until("the last document to scroll into view", || async {
        s.client.execute("return [...document.querySelectorAll('[data-testid=document] .title')].some(t => t.textContent === arguments[0])", vec![json!(last)]).await.unwrap() == json!(true)
    })
    .await;
    assert!(
        s.count("[data-testid=document]").await < 40,
        "scrolling added rows instead of replacing them"
    );
    s.stop().await;
}

/// The window and the CLI write verdicts to the same database at the same
/// time: neither sees a `database is locked` error and nothing is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_and_the_cli_write_to_one_database_at_once() {
    let Some(s) = Session::start().await else {
        return;
    };
    let text: String = (1..=12)
        .map(|k| {
            format!(
                "Officials said {} homes were damaged in district {k}.\n",
                k * 10
            )
        })
        .collect();
    s.paste("Twelve districts", &text).await;
    s.wait_until("twelve claims", || async {
        s.text("[data-testid=claim-count]").await == "12 claims"
    })
    .await;
    let ids: Vec<i64> = s
        .cli(&["list"])
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    let (window_claims, cli_claims) = ids.split_at(6);

    // The CLI: 10 rounds over the last six claims, as fast as it can.
    const CLI_ROUNDS: usize = 10;
    let db = s.db();
    let cli_ids = cli_claims.to_vec();
    let cli = std::thread::spawn(move || {
        let mut failures = Vec::new();
        for round in 0..CLI_ROUNDS {
            for id in &cli_ids {
                let status = ["corroborated", "disputed", "unverified"][round % 3];
                let out = Command::new(cli_binary())
                    .args(["verdict", &id.to_string(), status])
                    .env("CLAIMDESK_DB", &db)
                    .output()
                    .unwrap();
                if !out.status.success() {
                    failures.push(String::from_utf8_lossy(&out.stderr).into_owned());
                }
            }
        }
        failures
    });

    // The window, meanwhile: three rounds of keyboard triage over the first six.
    for key in ["1", "2", "3"] {
        for _ in window_claims {
            s.press(key).await;
            s.press("j").await;
        }
        for _ in window_claims {
            s.press("k").await;
        }
    }
    let failures = cli.join().unwrap();
    assert!(
        failures.is_empty(),
        "the CLI failed while the window wrote: {failures:?}"
    );
    s.wait_until("the window's last round in the database", || async {
        let claims = s.cli(&["list"]);
        claims
            .iter()
            .filter(|c| window_claims.contains(&c["id"].as_i64().unwrap()))
            .all(|c| c["status"] == "unverified")
    })
    .await;
    assert_eq!(
        s.count(".toast.error").await,
        0,
        "the window showed an error: {}",
        if s.count(".toast.error").await > 0 {
            s.content(".toast.error").await
        } else {
            String::new()
        }
    );
    let last_cli_status = ["corroborated", "disputed", "unverified"][(CLI_ROUNDS - 1) % 3];
    for c in s.cli(&["list"]) {
        if cli_claims.contains(&c["id"].as_i64().unwrap()) {
            assert_eq!(
                c["status"], last_cli_status,
                "the CLI's last verdict on claim {}",
                c["id"]
            );
        }
    }
    // Every write is in the history: 3 per window claim, CLI_ROUNDS per CLI claim.
    for &id in &ids {
        let events = s.cli(&["history", &id.to_string()]).len();
        let expected = if window_claims.contains(&id) {
            3
        } else {
            CLI_ROUNDS
        };
        assert_eq!(events, expected, "history of claim {id}");
    }
    s.stop().await;
}

/// A database the app cannot use: the window says why, offers to open or
/// create another, and the file stays byte-for-byte as it was.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_it_cannot_open_is_explained_in_the_window_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.db");
    let out = Command::new(cli_binary())
        .args(["import", FIXTURE])
        .env("CLAIMDESK_DB", &good)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let good_bytes = std::fs::read(&good).unwrap();
    let mut newer = good_bytes.clone();
    newer[60..64].copy_from_slice(&999u32.to_be_bytes()); // the header's user_version
    let cases: [(&str, Vec<u8>, &str); 3] = [
        (
            "text.db",
            b"Officials said 12 people were hurt.\n".to_vec(),
            "is not a Claimdesk database",
        ),
        (
            "truncated.db",
            good_bytes[..3000].to_vec(),
            "is not a Claimdesk database",
        ),
        ("newer.db", newer, "written by a newer Claimdesk"),
    ];
    for (name, bytes, says) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let Some(s) = Session::start_with(&[("CLAIMDESK_DB", path.as_path())]).await else {
            return;
        };
        let banner = s.text(".banner.error").await;
        assert!(banner.contains(says), "{name}: the window says {banner:?}");
        for action in ["Open another database…", "Create a new database…"] {
            assert!(
                banner.contains(action),
                "{name}: no {action:?} in {banner:?}"
            );
        }
        s.stop().await;
        assert!(
            std::fs::read(&path).unwrap() == bytes,
            "{name} was modified"
        );
    }
}

/// Payloads from the usual XSS families: tags, event handlers, `javascript:`
/// and `data:` URLs, SVG and MathML, entities, attribute breakouts, template
/// syntax. Each would set `window.__xss` if it ran. They go into document
/// text, a title, a note, and an evidence title, quote and URL as they are.
const XSS_PAYLOADS: &[&str] = &[
    "<script>window.__xss='script'</script>",
    "<img src=x onerror=\"window.__xss='img'\">",
    "<svg onload=\"window.__xss='svg'\"></svg>",
    "<svg><script>window.__xss='svg-script'</script></svg>",
    "<iframe src=\"javascript:parent.__xss='iframe'\"></iframe>",
    "<a href=\"javascript:window.__xss='a'\">read more</a>",
    "<body onload=\"window.__xss='body'\">",
    "<details open ontoggle=\"window.__xss='details'\">x</details>",
    "<input autofocus onfocus=\"window.__xss='input'\">",
    "<math><mtext></p><img src=x onerror=\"window.__xss='mutation'\"></mtext></math>",
    "\"><img src=x onerror=window.__xss='breakout'>",
    "'><svg/onload=window.__xss='quote'>",
    "&lt;script&gt;window.__xss='entity'&lt;/script&gt;",
    "&#60;img src=x onerror=window.__xss='numeric-entity'&#62;",
    "<object data=\"data:text/html,<script>parent.__xss='object'</script>\"></object>",
    "<embed src=\"javascript:window.__xss='embed'\">",
    "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__xss='meta'\">",
    "<style>@import 'javascript:window.__xss=\"style\"';</style>",
    "{@html '<img src=x onerror=window.__xss=\"svelte\">'}",
    "${window.__xss='template'}",
    "\u{202e}<script>window.__xss='rtl'</script>",
    "<scr<script>ipt>window.__xss='nested'</scr</script>ipt>",
];

/// Elements or attributes a payload would leave behind if it had become
/// markup (the app itself uses none of them; its history is a `details.history`).
const INJECTED: &str = "[onerror],[onload],[onfocus],[ontoggle],[onmouseover],iframe,object,embed,math,img,meta[http-equiv],\
                        details:not(.history),a[href^='javascript'],body style";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn untrusted_text_from_an_xss_corpus_is_shown_as_text_and_runs_nothing() {
    // A stand-in browser that writes down what it was asked to open.
    let browser_dir = tempfile::tempdir().unwrap();
    let opened = browser_dir.path().join("opened.txt");
    let browser = browser_dir.path().join("browser");
    std::fs::write(
        &browser,
        "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$(dirname \"$0\")/opened.txt\"\n",
    )
    .unwrap();
    std::fs::set_permissions(
        &browser,
        std::os::unix::fs::PermissionsExt::from_mode(0o755),
    )
    .unwrap();
    let Some(s) = Session::start_with(&[("BROWSER", browser.as_path())]).await else {
        return;
    };
    let scripts_before = s.count("script").await;
    let origin = s
        .client
        .execute("return location.origin", vec![])
        .await
        .unwrap();

    // Document text and title.
    let text: String = XSS_PAYLOADS
        .iter()
        .enumerate()
        .map(|(k, p)| format!("Officials said {} people saw {p} there.\n", k + 2))
        .collect();
    let title = XSS_PAYLOADS[1].to_string() + XSS_PAYLOADS[10];
    s.paste(&title, &text).await;
    let n = XSS_PAYLOADS.len();
    s.wait_until("a claim per payload", || async {
        s.text("[data-testid=claim-count]").await == format!("{n} claims")
    })
    .await;
    let shown = s.content("[data-testid=document-text]").await;
    for p in XSS_PAYLOADS {
        assert!(
            shown.contains(p),
            "the payload is shown as the text it is: {p}"
        );
    }
    assert_eq!(
        s.content("[data-testid=document] .title").await,
        title,
        "the title is shown as text"
    );

    // A note made of every payload, written before any verdict.
    let note = XSS_PAYLOADS.concat();
    let note_field = s.wait_for("[data-testid=note]").await;
    note_field.click().await.unwrap();
    note_field.send_keys(&note).await.unwrap();
    note_field.send_keys("\u{E004}").await.unwrap(); // Tab: leaving the field saves
    let deadline = Instant::now() + Duration::from_secs(20);
    while !s.cli(&["list"]).iter().any(|c| c["note"] == note.as_str()) {
        if Instant::now() > deadline {
            let notes: Vec<Value> = s
                .cli(&["list"])
                .into_iter()
                .map(|c| c["note"].clone())
                .filter(|n| !n.is_null())
                .collect();
            panic!("the note did not reach the database as typed:\n{note}\nstored: {notes:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Then a verdict (focus is in a field, so by its button): the claim
    // keeps its note.
    s.wait_for("[data-testid=verdict-unverified]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_until("the verdict to be saved with the note", || async {
        s.cli(&["list"])
            .iter()
            .any(|c| c["note"] == note.as_str() && c["status"] == "unverified")
    })
    .await;

    // Evidence: links that are not http(s) are refused, whatever they carry.
    for bad in [
        "javascript:window.__xss='js'",
        "JaVaScRiPt:window.__xss='js-case'",
        "data:text/html,<script>window.__xss='data'</script>",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
    ] {
        let url_input = s.wait_for("[data-testid=evidence-url]").await;
        url_input.clear().await.unwrap();
        url_input.send_keys(bad).await.unwrap();
        s.wait_for("[data-testid=evidence-add]")
            .await
            .click()
            .await
            .unwrap();
        s.wait_until("the refusal", || async {
            s.count("[data-testid=toast]").await > 0
                && s.content("[data-testid=toast]")
                    .await
                    .contains("not a web link")
        })
        .await;
        assert_eq!(
            s.count("[data-testid=evidence-link]").await,
            0,
            "{bad} was accepted"
        );
    }
    // An http(s) link carrying markup is kept as typed and shown as text.
    let url = "https://example.org/report?q=\"><img/src=x/onerror=window.__xss='url'>";
    let url_input = s.wait_for("[data-testid=evidence-url]").await;
    url_input.clear().await.unwrap();
    url_input.send_keys(url).await.unwrap();
    s.wait_for("[data-testid=evidence-title]")
        .await
        .send_keys(XSS_PAYLOADS[0])
        .await
        .unwrap();
    s.wait_for("[data-testid=evidence-quote]")
        .await
        .send_keys(XSS_PAYLOADS[2])
        .await
        .unwrap();
    s.wait_for("[data-testid=evidence-add]")
        .await
        .click()
        .await
        .unwrap();
    let link = s.wait_for("[data-testid=evidence-link]").await;
    assert_eq!(
        s.count(".toast.error").await,
        0,
        "the refusal before is stale once a link is saved"
    );
    assert_eq!(
        link.text().await.unwrap(),
        XSS_PAYLOADS[0],
        "the evidence title is shown as text"
    );
    let href = s
        .client
        .execute(
            "return document.querySelector('[data-testid=evidence-link]').getAttribute('href')",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(href, json!(url), "the href is the URL as typed, escaped");

    // Clicking it opens the system browser with exactly that URL; the window stays.
    link.click().await.unwrap();
    s.wait_until("the browser to be asked", || async {
        std::fs::read_to_string(&opened).is_ok_and(|o| !o.is_empty())
    })
    .await;
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap(),
        format!("{url}\n")
    );
    assert_eq!(
        s.client
            .execute("return location.origin", vec![])
            .await
            .unwrap(),
        origin,
        "the window navigated away"
    );

    // The command itself refuses anything but http(s), whatever the UI sends.
    for bad in [
        "javascript:window.__xss='cmd'",
        "file:///etc/passwd",
        "https://",
        "http://exa mple.org/",
    ] {
        let refused = s
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 window.__TAURI_INTERNALS__.invoke('open_link', { url: arguments[0] }).then(() => done('opened'), (e) => done(e.code));",
                vec![json!(bad)],
            )
            .await
            .unwrap();
        assert_eq!(refused, json!("invalid"), "open_link({bad:?})");
    }
    // And the window refuses to navigate anywhere but the app.
    s.client
        .execute("location.href = 'https://example.org/elsewhere'", vec![])
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(
        s.client
            .execute("return location.origin", vec![])
            .await
            .unwrap(),
        origin,
        "the window navigated away"
    );
    assert_eq!(
        std::fs::read_to_string(&opened).unwrap().lines().count(),
        1,
        "only the evidence link was opened"
    );

    s.screenshot("xss-corpus.png").await;
    let marker = s
        .client
        .execute(
            "return window.__xss === undefined ? null : window.__xss",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(marker, Value::Null, "a payload ran");
    assert_eq!(
        s.count(INJECTED).await,
        0,
        "markup from untrusted text became elements"
    );
    assert_eq!(
        s.count("script").await,
        scripts_before,
        "a script element was added"
    );
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn open_a_file_search_note_and_export_from_the_window() {
    let exports = tempfile::tempdir().unwrap();
    let Some(s) = Session::start_with(&[("CLAIMDESK_TEST_SAVE_DIR", exports.path())]).await else {
        return;
    };
    let fixture = std::fs::canonicalize(FIXTURE).unwrap();

    // Open a file -> its claims appear.
    s.wait_for("[data-testid=file-input]")
        .await
        .send_keys(fixture.to_str().unwrap())
        .await
        .unwrap();
    s.wait_until("the file's claims to be listed", || async {
        s.text("[data-testid=claim-count]").await == "8 claims"
    })
    .await;

    // Search narrows the list.
    s.press("/").await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys("firefighters")
        .await
        .unwrap();
    s.wait_until("the search to narrow the list", || async {
        s.text("[data-testid=claim-count]").await == "1 claim"
    })
    .await;
    assert!(s
        .content("[data-testid=claim-row]")
        .await
        .contains("42 firefighters"));

    // A verdict and a note with markup in it: stored as typed, shown as text.
    s.press("2").await;
    s.wait_until("the verdict to be saved", || async {
        s.text("[data-testid=save-state]")
            .await
            .starts_with("Saved")
    })
    .await;
    let payload = "<img src=x onerror=\"window.__xss=5\"> 12 engines per the chief";
    s.press("n").await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys(payload)
        .await
        .unwrap();
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys("\u{E004}")
        .await
        .unwrap(); // Tab: leaving the field saves
    s.wait_until("the note to reach the database", || async {
        s.cli(&["list", "--status", "disputed"])
            .first()
            .is_some_and(|c| c["note"] == payload)
    })
    .await;
    assert_eq!(
        s.client
            .execute(
                "return window.__xss === undefined ? null : window.__xss",
                vec![]
            )
            .await
            .unwrap(),
        Value::Null
    );

    // Settings: a wrong address is refused in the dialog, a right one kept
    // in the database the CLI reads.
    s.wait_for("[data-testid=settings-button]")
        .await
        .click()
        .await
        .unwrap();
    let fill = |field: &'static str, value: &'static str| {
        let s = &s;
        async move {
            let input = s.wait_for(&format!("[data-testid=setting-{field}]")).await;
            input.clear().await.unwrap();
            input.send_keys(value).await.unwrap();
        }
    };
    fill("organization_name", "Harbour Checks").await;
    fill("organization_url", "checks.example.org").await;
    fill(
        "review_url_template",
        "https://checks.example.org/reviews/{id}",
    )
    .await;
    fill("language", "en").await;
    s.wait_for("[data-testid=settings-save]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_until("the wrong address to be refused", || async {
        s.text("[data-testid=settings-error]")
            .await
            .contains("organization.url cannot be")
    })
    .await;
    assert_eq!(
        s.cli(&["settings"])[0]["organization_name"],
        Value::Null,
        "nothing saved"
    );
    fill("organization_url", "https://checks.example.org").await;
    s.screenshot("settings.png").await;
    s.wait_for("[data-testid=settings-save]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_until("the settings to reach the database", || async {
        s.cli(&["settings"])[0]["organization_url"] == "https://checks.example.org"
    })
    .await;
    s.wait_until("the dialog to close", || async {
        s.count("[data-testid=settings-dialog]").await == 0
    })
    .await;

    // Export: HTML of this document to the (test) save location.
    s.wait_for("[data-testid=export-button]")
        .await
        .click()
        .await
        .unwrap();
    s.wait_for("[data-testid=export-submit]")
        .await
        .click()
        .await
        .unwrap();
    let exported = || {
        std::fs::read_dir(exports.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "html"))
    };
    s.wait_until("the report to be written", || async {
        exported().is_some()
    })
    .await;
    let html = std::fs::read_to_string(exported().unwrap()).unwrap();
    assert!(
        html.contains("42 firefighters and nine engines"),
        "the claim is in the report"
    );
    assert!(
        html.contains("&lt;img src=x onerror="),
        "the note is escaped in the report"
    );
    assert!(
        !html.contains("<img"),
        "no markup from the note became an element"
    );
    assert!(html.contains("Disputed"));
    s.screenshot("exported.png").await;
    s.stop().await;
}

/// RELATED.md in the window: the rival figures of one article with their
/// conflicts and reasons, the same claim in a second article, and a past
/// fact-check suggested after a ClaimReview import (by the CLI, into the
/// same database).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn related_figures_claims_and_past_fact_checks_show_in_the_claim_panel() {
    let Some(s) = Session::start().await else {
        return;
    };
    let library = s.home.path().join("checks.jsonld");
    std::fs::write(
        &library,
        r#"[{"@context": "https://schema.org", "@type": "ClaimReview",
             "url": "https://checks.example/kursk",
             "claimReviewed": "Some 11,000 North Korean soldiers are in Russia's Kursk region.",
             "name": "Are 11,000 North Korean soldiers in Kursk?",
             "reviewRating": {"@type": "Rating", "alternateName": "Mostly true"},
             "author": {"@type": "Organization", "name": "Example Checks"}}]"#,
    )
    .unwrap();
    s.cli(&["library", "import", library.to_str().unwrap()]);
    let hospital = "The regional health ministry said the new hospital wing in Tarsk will open to patients in March.";
    s.paste(
        "Kursk",
        &format!(
            "Ukrainian President Volodymyr Zelenskyy said that some 11,000 North Korean soldiers were already in Russia's Kursk region. \
             South Korea's Defence Ministry said on Tuesday that some 10,000 North Korean troops have been deployed in Russia. \
             A US State Department spokesperson said as many as 10,000 North Korean troops were in the Kursk region. {hospital}"
        ),
    )
    .await;
    s.paste("Wire", &format!("In other news, {hospital}")).await;
    s.wait_for("[data-testid=all-documents]")
        .await
        .click()
        .await
        .unwrap();

    s.press("/").await;
    let search = s.client.active_element().await.unwrap();
    search.send_keys("11,000").await.unwrap();
    s.wait_until("the search to find the claim", || async {
        s.text("[data-testid=claim-count]").await == "1 claim"
    })
    .await;
    s.wait_until(
        "two figures for the same quantity, both conflicting",
        || async {
            s.count("[data-testid=same-quantity]").await == 2
                && s.count("[data-testid=conflict]").await == 2
        },
    )
    .await;
    let panel = s.content("[data-testid=related-panel]").await;
    for shown in [
        "some 10,000",
        "as many as 10,000",
        "South Korea",
        "US State Department spokesperson",
        "conflicts with some 11,000",
        "soldiers / troops",
    ] {
        assert!(
            panel.contains(shown),
            "{shown:?} in the related panel:\n{panel}"
        );
    }
    assert_eq!(
        s.count("[data-testid=reader-conflict]").await,
        3,
        "the reader marks the three claims whose figures conflict"
    );
    s.wait_until("the past fact-check to be suggested", || async {
        s.content("[data-testid=checked-before]")
            .await
            .contains("Mostly true")
    })
    .await;
    s.screenshot("related-figures.png").await;

    s.press("/").await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys("Tarsk")
        .await
        .unwrap();
    s.wait_until("the search to find both hospital claims", || async {
        s.text("[data-testid=claim-count]").await == "2 claims"
    })
    .await;
    s.wait_until("the same claim in the other article", || async {
        s.count("[data-testid=same-claim]").await == 1
    })
    .await;
    assert!(s
        .content("[data-testid=same-claim]")
        .await
        .contains("confirmed"));
    s.screenshot("related-same-claim.png").await;

    // A verdict here, then the same verdict for the confirmed match in one
    // action; one undo takes that action back.
    s.press("2").await;
    s.wait_until("the verdict to be saved", || async {
        s.text("[data-testid=save-state]")
            .await
            .starts_with("Saved: claim")
    })
    .await;
    s.press("a").await;
    s.wait_until("the match to get the verdict", || async {
        s.text("[data-testid=save-state]").await == "Saved: 1 same claim disputed (u undoes)"
            && s.content("[data-testid=same-claim]")
                .await
                .contains("Disputed")
    })
    .await;
    s.client
        .execute(
            "document.querySelector('[data-testid=apply-same-claims]').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(
        s.content("[data-testid=apply-same-claims]").await,
        "Confirmed matches are all disputed a"
    );
    s.screenshot("related-applied.png").await;
    s.press("u").await;
    s.wait_until("the undo to take the match back", || async {
        s.text("[data-testid=save-state]")
            .await
            .starts_with("Undone: claim")
            && s.content("[data-testid=same-claim]")
                .await
                .contains("Not reviewed")
    })
    .await;
    s.stop().await;
}

/// "Open with Claimdesk": the window launched with a file imports it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_the_window_is_opened_with_is_imported() {
    let Some(s) = Session::start_with_args(&[], &[FIXTURE]).await else {
        return;
    };
    s.wait_until("the file to be imported and listed", || async {
        s.count("[data-testid=document]").await == 1 && s.count("[data-testid=claim-row]").await > 0
    })
    .await;
    let listed = s.cli(&["list"]);
    assert!(
        !listed.is_empty(),
        "the claims of the file are in the database"
    );
    s.stop().await;
}

/// An article by its web address, typed in the add dialog: Rust fetches it
/// from a local server and keeps the page's metadata; a dead address is one
/// clear error and adds nothing. Launched with an address (`claimdesk URL`),
/// the window imports that page too.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_article_is_imported_by_its_web_address() {
    use web_server::{Answer, Server};
    let pages = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../crates/api/tests/fixtures/pages/"
    );
    let page = |name: &str| std::fs::read(format!("{pages}{name}")).unwrap();
    let server = Server::start(vec![
        (
            "/wire/nk-troops",
            Answer::page("text/html", page("wire.html")),
        ),
        (
            "/news/harbour-fire",
            Answer::page("text/html; charset=utf-8", page("newspaper.html")),
        ),
    ]);
    let launched_with = server.url("/news/harbour-fire");
    let Some(s) = Session::start_with_args(&[], &[&launched_with]).await else {
        return;
    };
    s.wait_until("the page the window was opened with", || async {
        s.count("[data-testid=document]").await == 1
    })
    .await;

    let add = |address: String| {
        let s = &s;
        async move {
            s.wait_for("[data-testid=paste-button]")
                .await
                .click()
                .await
                .unwrap();
            s.wait_for("[data-testid=paste-address]")
                .await
                .send_keys(&address)
                .await
                .unwrap();
            s.wait_for("[data-testid=paste-submit]")
                .await
                .click()
                .await
                .unwrap();
        }
    };
    add(server.url("/wire/nk-troops")).await;
    s.wait_until("the fetched article to be listed", || async {
        s.count("[data-testid=document]").await == 2
    })
    .await;
    let documents = s.cli(&["documents"]);
    let wire = documents
        .iter()
        .find(|d| d["title"] == "North Korean troops in Russia number 10,000, Seoul says")
        .unwrap_or_else(|| panic!("the wire story by its headline: {documents:?}"));
    s.wait_until("the reader to show the page's metadata", || async {
        s.content("[data-testid=document-text]")
            .await
            .contains("Some 10,000 North Korean troops")
    })
    .await;
    let shown = s.content("[data-testid=document-meta]").await;
    for meta in [
        "Min-ji Kang and Tom Reyes",
        "Global Wire",
        "2024-11-05",
        "https://www.globalwire.example/",
    ] {
        assert!(
            shown.contains(meta),
            "{meta:?} shown with the article: {shown}"
        );
    }
    s.screenshot("address-imported.png").await;
    assert!(wire["id"].is_number());

    add(server.url("/no-such-page")).await;
    s.wait_until("the dead address to be refused", || async {
        s.count("[data-testid=toast]").await > 0
            && s.text("[data-testid=toast]")
                .await
                .contains("answered 404 Not Found")
    })
    .await;
    assert_eq!(s.cli(&["documents"]).len(), 2, "nothing added");
    s.stop().await;
}

/// Not a test but a benchmark of the real window at scale:
/// `CLAIMDESK_BENCH_DB=/tmp/big.db cargo test -p claimdesk-e2e -- --ignored --nocapture`
/// (make the database with `cargo run -p claimdesk-store --release --example store_bench -- 100000 --keep /tmp/big.db`).
/// Prints the window's own timings, from the click (or the pause in typing)
/// to the list painted, for opening, each filter (twice: the first pass
/// includes WebKit warming up) and a search; and the `list_claims` command
/// alone, called from the page, to separate the query from the paint.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore]
async fn bench_the_window_at_scale() {
    let Some(db) = std::env::var_os("CLAIMDESK_BENCH_DB").map(PathBuf::from) else {
        println!("set CLAIMDESK_BENCH_DB to a large database");
        return;
    };
    let Some(s) = Session::start_with(&[("CLAIMDESK_DB", db.as_path())]).await else {
        return;
    };
    s.wait_until("the first list", || async {
        s.count("[data-testid=claim-row]").await > 0
    })
    .await;
    println!(
        "open (page start to first list): {}",
        s.text("[data-testid=shown-in]").await
    );
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for pass in 1..=2 {
        for label in [
            "Not reviewed",
            "Corroborated",
            "Disputed",
            "Unverified",
            "All",
        ] {
            for b in s
                .client
                .find_all(Locator::Css(".chips button"))
                .await
                .unwrap()
            {
                if b.text().await.unwrap() == label {
                    b.click().await.unwrap();
                }
            }
            tokio::time::sleep(Duration::from_millis(1500)).await;
            println!(
                "pass {pass} filter {label:<13} {:>15} -> {}",
                s.text("[data-testid=claim-count]").await,
                s.text("[data-testid=shown-in]").await
            );
        }
    }
    // What opening and filtering ask of the database, without the paint.
    let page = |status: Option<&str>, search: Option<&str>| json!({ "filter": { "document_id": null, "status": status, "numeric": null, "attributed": null, "search": search, "limit": 100, "offset": 0 } });
    let commands = [
        ("app_info", "app_info", json!({})),
        ("list_documents", "list_documents", json!({})),
        ("list_claims all", "list_claims", page(None, None)),
        (
            "list_claims not_reviewed",
            "list_claims",
            page(Some("not_reviewed"), None),
        ),
        (
            "list_claims corroborated",
            "list_claims",
            page(Some("corroborated"), None),
        ),
        (
            "list_claims disputed",
            "list_claims",
            page(Some("disputed"), None),
        ),
        (
            "list_claims unverified",
            "list_claims",
            page(Some("unverified"), None),
        ),
        (
            "list_claims search harbour",
            "list_claims",
            page(None, Some("harbour")),
        ),
    ];
    for (label, command, args) in commands {
        let ms = s
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; const t = performance.now();
                 window.__TAURI_INTERNALS__.invoke(arguments[0], arguments[1])
                   .then(() => done(Math.round(performance.now() - t)), (e) => done(String(e)));",
                vec![json!(command), args],
            )
            .await
            .unwrap();
        println!("command {label:<27} -> {ms} ms");
    }
    // Keypress to "Saved" while the analyst triages: verdict keys on the
    // selected claim, one every `gap` ms, each timed in the page from its
    // keydown to the status bar saying it is saved.
    for gap in [300, 50] {
        let times = s
            .client
            .execute_async(SAVED_AFTER_KEYS, vec![json!(gap), json!(60)])
            .await
            .unwrap();
        let mut ms: Vec<f64> = times
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_f64)
            .collect();
        ms.sort_by(f64::total_cmp);
        let at = |q: f64| {
            ms.get(((ms.len() as f64 - 1.0) * q).round() as usize)
                .copied()
                .unwrap_or(f64::NAN)
        };
        println!(
            "verdict keys every {gap:>3} ms: {} saved, keypress to Saved median {:.1} ms, p99 {:.1} ms, max {:.1} ms",
            ms.len(),
            at(0.5),
            at(0.99),
            at(1.0)
        );
    }
    s.press("/").await;
    s.client
        .active_element()
        .await
        .unwrap()
        .send_keys("harbour")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(1500)).await;
    println!(
        "search \"harbour\"      {:>15} -> {}",
        s.text("[data-testid=claim-count]").await,
        s.text("[data-testid=shown-in]").await
    );
    s.stop().await;
}

/// In the page: press `1`, `2`, `3` in turn every `gap` ms, `n` times, and
/// answer with the milliseconds from each keydown to the status bar's
/// "Saved" for it (saves are answered in order).
const SAVED_AFTER_KEYS: &str = "
    const [gap, n, done] = arguments;
    const bar = document.querySelector('[data-testid=save-state]');
    const pressed = [], times = [];
    new MutationObserver(() => {
        if (bar.textContent.startsWith('Saved') && pressed.length) times.push(performance.now() - pressed.shift());
    }).observe(bar, { childList: true, characterData: true, subtree: true });
    let k = 0;
    const press = () => {
        pressed.push(performance.now());
        window.dispatchEvent(new KeyboardEvent('keydown', { key: String(1 + (k % 3)) }));
        if (++k < n) setTimeout(press, gap);
    };
    press();
    const start = performance.now();
    const wait = () => (times.length >= n || performance.now() - start > n * gap + 10000) ? done(times) : setTimeout(wait, 20);
    wait();
";
