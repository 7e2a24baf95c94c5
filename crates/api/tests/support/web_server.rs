//! A local HTTP server for tests that fetch pages: canned answers by path,
//! on 127.0.0.1, no internet. Shared by the api, CLI and window tests
//! (`#[path]`-included), so every front end is tried against the same pages.

// Each test crate that includes this uses only some of the answers.
#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

/// One canned answer.
#[derive(Clone)]
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub body: Vec<u8>,
    /// Where a redirect points (a path on this server).
    pub location: Option<String>,
    /// How long to wait before answering.
    pub delay: Duration,
}

impl Answer {
    pub fn page(content_type: &str, body: impl Into<Vec<u8>>) -> Answer {
        Answer {
            status: 200,
            content_type: content_type.to_string(),
            body: body.into(),
            location: None,
            delay: Duration::ZERO,
        }
    }

    pub fn status(status: u16) -> Answer {
        Answer {
            status,
            ..Answer::page("text/html", format!("<h1>{status}</h1>"))
        }
    }

    pub fn redirect(to: &str) -> Answer {
        Answer {
            location: Some(to.to_string()),
            ..Answer::status(302)
        }
    }

    pub fn slow(delay: Duration) -> Answer {
        Answer {
            delay,
            ..Answer::page("text/html", "<p>Late, and 12 minutes so.</p>")
        }
    }
}

/// A running server; `url(path)` is the address of a path on it.
pub struct Server {
    base: String,
}

impl Server {
    pub fn start(routes: Vec<(&str, Answer)>) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a local port");
        let base = format!("http://{}", listener.local_addr().unwrap());
        let routes: Arc<HashMap<String, Answer>> = Arc::new(
            routes
                .into_iter()
                .map(|(p, a)| (p.to_string(), a))
                .collect(),
        );
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let routes = Arc::clone(&routes);
                std::thread::spawn(move || answer(stream, &routes));
            }
        });
        Server { base }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn answer(mut stream: TcpStream, routes: &HashMap<String, Answer>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // Read the headers to their blank line; the body (none for GET) is ignored.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
        line.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let answer = routes
        .get(path)
        .cloned()
        .unwrap_or_else(|| Answer::status(404));
    std::thread::sleep(answer.delay);
    let mut head = format!(
        "HTTP/1.1 {} Canned\r\nContent-Type: {}\r\nContent-Length: {}\r\nConnection: close\r\n",
        answer.status,
        answer.content_type,
        answer.body.len()
    );
    if let Some(to) = &answer.location {
        head += &format!("Location: {to}\r\n");
    }
    head += "\r\n";
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&answer.body);
}
