//! Articles by their web address, against a local server: pages in the
//! shapes real news sites use (a newspaper, a wire service, a blog) give
//! their article without menus, comments or scripts, and their metadata;
//! every way a fetch fails is one clear error and stores nothing.

#[path = "support/web_server.rs"]
mod web_server;

use std::time::Duration;

use api::ingest::web::{document_from_address, FetchLimits};
use api::{Desk, ImportOptions, ImportSource};
use web_server::{Answer, Server};

const NEWSPAPER: &[u8] = include_bytes!("fixtures/pages/newspaper.html");
const WIRE: &[u8] = include_bytes!("fixtures/pages/wire.html");
const BLOG: &[u8] = include_bytes!("fixtures/pages/blog.html");

fn server() -> Server {
    let mut big = b"<html><body>".to_vec();
    big.extend(b"<p>Officials said 12 people were hurt.</p>".repeat(600));
    Server::start(vec![
        (
            "/news/harbour-fire",
            Answer::page("text/html; charset=utf-8", NEWSPAPER),
        ),
        ("/wire/nk-troops", Answer::page("text/html", WIRE)),
        // The page declares windows-1252; the server says nothing.
        ("/blog/wheat", Answer::page("text/html", BLOG)),
        // Only the server says windows-1252: "café" and "€5" as one byte each.
        (
            "/notes.txt",
            Answer::page(
                "text/plain; charset=windows-1252",
                b"Caf\xe9 owners said prices rose \x8025.\n".to_vec(),
            ),
        ),
        (
            "/notes.md",
            Answer::page(
                "text/markdown",
                "# Notes\n\nThe mayor said 300 people left.\n",
            ),
        ),
        ("/moved", Answer::redirect("/news/harbour-fire")),
        ("/loop", Answer::redirect("/loop")),
        (
            "/report.pdf",
            Answer::page("application/pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3".to_vec()),
        ),
        (
            "/photo.png",
            Answer::page("image/png", b"\x89PNG\r\n\x1a\n".to_vec()),
        ),
        (
            "/empty",
            Answer::page(
                "text/html",
                "<html><head><title></title></head><body>\n </body></html>",
            ),
        ),
        ("/gone", Answer::status(410)),
        ("/broken", Answer::status(500)),
        ("/slow", Answer::slow(Duration::from_secs(4))),
        ("/big", Answer::page("text/html", big)),
    ])
}

fn limits() -> FetchLimits {
    FetchLimits {
        timeout: Duration::from_secs(2),
        max_bytes: 20_000,
        max_redirects: 3,
    }
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

#[test]
fn each_way_a_fetch_fails_is_one_clear_error() {
    let s = server();
    let refused = format!("http://127.0.0.1:{}/x", closed_port());
    // (address, error code, words the message must have)
    let cases = [
        (s.url("/missing"), "http_status", "answered 404 Not Found"),
        (s.url("/gone"), "http_status", "answered 410 Gone"),
        (
            s.url("/broken"),
            "http_status",
            "answered 500 Internal Server Error",
        ),
        (
            s.url("/report.pdf"),
            "not_an_article",
            "is application/pdf, not an article",
        ),
        (
            s.url("/photo.png"),
            "not_an_article",
            "is image/png, not an article",
        ),
        (
            s.url("/loop"),
            "too_many_redirects",
            "redirects more than 3 times",
        ),
        (
            s.url("/slow"),
            "timed_out",
            "did not answer within 2 seconds",
        ),
        (s.url("/big"), "too_large", "larger than 20000 bytes"),
        (s.url("/empty"), "empty", "has no text"),
        (refused, "unreachable", "cannot reach"),
        (
            "http://no-such-host.invalid/article".into(),
            "unreachable",
            "cannot reach http://no-such-host.invalid/article",
        ),
        (
            "ftp://example.org/article.txt".into(),
            "not_web_address",
            "only http:// and https://",
        ),
        (
            "javascript:alert(1)".into(),
            "not_web_address",
            "only http:// and https://",
        ),
    ];
    for (address, code, words) in cases {
        let err = document_from_address(&address, &limits()).expect_err(&address);
        let message = err.to_string();
        assert_eq!(err.code(), code, "{address}: {message}");
        assert!(
            message.contains(words),
            "{address}: {message:?} lacks {words:?}"
        );
        assert!(!message.contains('\n'), "one line: {message:?}");
    }
}

/// (path, headline, words of the article, words of the page that are not
/// article: menus, comments, scripts, ads)
const ARTICLES: &[(&str, &str, &[&str], &[&str])] = &[
    (
        "/news/harbour-fire",
        "Harbour fire: 300 evacuated as warehouse burns",
        &[
            "About 300 residents of Port Elwin",
            "42 firefighters and nine engines",
            "roads around the harbour would stay closed",
        ],
        &[
            "Accept all cookies",
            "Subscribe today",
            "Related stories",
            "Comments (87)",
            "never maintains anything",
            "Privacy policy",
            "TRACKING SCRIPT",
            "display:flex",
        ],
    ),
    (
        "/wire/nk-troops",
        "North Korean troops in Russia number 10,000, Seoul says",
        &[
            "Some 10,000 North Korean troops",
            "some 11,000 North Korean soldiers",
            "army of about 1.2 million soldiers",
        ],
        &[
            "Skip to main content",
            "Brent $74.10",
            "Most read",
            "Oil prices slip",
            "Sign up for our Asia newsletter",
            "SCRIPT IN BODY",
            "All rights reserved",
        ],
    ),
    (
        "/blog/wheat",
        "Why the wheat price doubled (and what it means for bread)",
        &[
            "rose from €180 to €360",
            "flour makes up about 20%",
            "“It is real, but it is not the whole story,”",
        ],
        &[
            "Proudly powered by WordPress",
            "Recent Posts",
            "Share this:",
            "what about fertiliser prices",
            "Leave a Reply",
            "Archive",
        ],
    ),
];

#[test]
fn news_pages_give_their_article_and_nothing_around_it() {
    let s = server();
    for (path, headline, kept, dropped) in ARTICLES {
        let doc = document_from_address(&s.url(path), &limits()).unwrap();
        assert_eq!(doc.title, *headline, "{path}");
        assert!(
            doc.text.starts_with(headline),
            "{path}: the text starts with its headline"
        );
        for words in *kept {
            assert!(
                doc.text.contains(words),
                "{path}: {words:?} missing from\n{}",
                doc.text
            );
        }
        for words in *dropped {
            assert!(
                !doc.text.contains(words),
                "{path}: {words:?} is not article:\n{}",
                doc.text
            );
        }
    }
}

#[test]
fn a_page_s_metadata_is_kept_with_its_document() {
    let s = server();
    // (path, origin, publisher, author, published)
    let cases = [
        (
            "/news/harbour-fire".to_string(),
            "https://www.elwincourier.example/news/2024/nov/04/harbour-fire-warehouse".to_string(),
            Some("The Elwin Courier"),
            Some("Dana Whitfield"),
            Some("2024-11-04T09:12:00Z"),
        ),
        (
            "/wire/nk-troops".to_string(),
            "https://www.globalwire.example/world/asia-pacific/nk-troops-russia-2024-11-05/"
                .to_string(),
            Some("Global Wire"),
            Some("Min-ji Kang and Tom Reyes"),
            Some("2024-11-05T03:40:21+00:00"),
        ),
        (
            "/blog/wheat".to_string(),
            "https://fieldnotes.example/2024/03/wheat-price/".to_string(),
            Some("Field Notes"),
            Some("Ruth Okafor"),
            Some("2024-03-18"),
        ),
        // No canonical address: the address it was found at, after redirects.
        (
            "/notes.md".to_string(),
            s.url("/notes.md"),
            None,
            None,
            None,
        ),
        (
            "/moved".to_string(),
            "https://www.elwincourier.example/news/2024/nov/04/harbour-fire-warehouse".to_string(),
            Some("The Elwin Courier"),
            Some("Dana Whitfield"),
            Some("2024-11-04T09:12:00Z"),
        ),
    ];
    for (path, origin, publisher, author, published) in cases {
        let doc = document_from_address(&s.url(&path), &limits()).unwrap();
        assert_eq!(doc.origin.as_deref(), Some(origin.as_str()), "{path}");
        assert_eq!(doc.publisher.as_deref(), publisher, "{path}");
        assert_eq!(doc.author.as_deref(), author, "{path}");
        assert_eq!(doc.published_at.as_deref(), published, "{path}");
    }
}

#[test]
fn text_is_decoded_by_the_charset_the_server_sends() {
    let s = server();
    let doc = document_from_address(&s.url("/notes.txt"), &limits()).unwrap();
    assert_eq!(doc.text, "Café owners said prices rose €25.\n");
}

#[test]
fn importing_addresses_stores_the_good_and_nothing_of_the_bad() {
    let s = server();
    let dir = tempfile::tempdir().unwrap();
    let mut desk = Desk::open(dir.path().join("web.db")).unwrap();
    let sources = vec![
        ImportSource::Address(s.url("/wire/nk-troops")),
        ImportSource::Address(s.url("/report.pdf")),
        ImportSource::Address(s.url("/missing")),
    ];
    let results = desk.import_sources(&sources, &ImportOptions::default(), |_| {});
    assert!(
        results[0].outcome.as_ref().is_some_and(|o| o.claims >= 4),
        "{:?}",
        results[0]
    );
    assert_eq!(
        results[1].error.as_ref().map(|e| e.code.as_str()),
        Some("not_an_article")
    );
    assert_eq!(
        results[2].error.as_ref().map(|e| e.code.as_str()),
        Some("http_status")
    );
    let documents = desk.documents().unwrap();
    assert_eq!(documents.len(), 1, "only the article is stored");
    let stored = desk.document(documents[0].id).unwrap();
    assert_eq!(stored.publisher.as_deref(), Some("Global Wire"));
    assert_eq!(stored.author.as_deref(), Some("Min-ji Kang and Tom Reyes"));
    // Saved to a file and opened, the same page gives the same metadata.
    let saved = dir.path().join("wire.html");
    std::fs::write(&saved, WIRE).unwrap();
    let from_file = api::ingest::document_from_file(&saved).unwrap();
    assert_eq!(from_file.origin, stored.origin);
    assert_eq!(
        (from_file.publisher, from_file.author),
        (stored.publisher, stored.author)
    );
}
