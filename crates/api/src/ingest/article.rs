//! A web page's article: its main text as Firefox's Reader View finds it
//! (dom_smoothie follows readability.js: menus, comments, sidebars, share
//! buttons and scripts left out), headed by its headline, with the page's
//! metadata. Pages too small or odd for that (a fragment, a bare list)
//! fall back to every readable line of the page (`html::readable_text`),
//! so nothing a page says is lost for want of an article shape.

use dom_smoothie::{Config, Readability, TextMode};
use model::NewDocument;

use super::html;
use super::meta::{self, PageMeta};
use super::IngestError;

/// A page read as an article.
#[derive(Debug)]
pub struct Article {
    /// The headline (JSON-LD, Open Graph, else readability's title).
    pub title: Option<String>,
    /// The headline, then the article's paragraphs, blank lines between.
    pub text: String,
    pub meta: PageMeta,
}

impl Article {
    /// The article as a document found at `found_at` (a file or the
    /// address fetched): its origin is the canonical address the page
    /// gives, else `found_at`. A page without text is refused.
    pub fn into_document(self, found_at: &str) -> Result<NewDocument, IngestError> {
        if self.text.trim().is_empty() {
            return Err(IngestError::Empty {
                path: found_at.to_string(),
            });
        }
        let origin = self
            .meta
            .canonical
            .filter(|c| store::is_web_link(c))
            .unwrap_or_else(|| found_at.to_string());
        Ok(NewDocument {
            title: self.title.unwrap_or_default(),
            origin: Some(origin),
            publisher: self.meta.publisher,
            published_at: self.meta.published,
            author: self.meta.author,
            text: self.text,
        })
    }
}

/// Read `html`; `address` (where it was fetched from) resolves relative links.
pub fn read(html: &str, address: Option<&str>) -> Article {
    let page = dom_query::Document::from(html);
    let meta = meta::read(&page);
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let found = Readability::with_document(page, address, Some(config))
        .and_then(|mut r| r.parse())
        .ok()
        .filter(|a| !a.text_content.trim().is_empty());
    let Some(found) = found else {
        let page = html::readable_text(html);
        let title = meta.title.clone().or(page.title);
        return Article {
            title,
            text: page.text,
            meta,
        };
    };
    let title = meta.title.clone().or_else(|| meta::clean(&found.title));
    let byline = found
        .byline
        .as_deref()
        .map(without_by)
        .and_then(meta::clean);
    let meta = PageMeta {
        author: meta.author.or(byline),
        publisher: meta.publisher.or(found.site_name.clone()),
        published: meta.published.or(found.published_time.clone()),
        ..meta
    };
    let body = found.text_content.trim();
    let text = match &title {
        Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}\n"),
        _ => format!("{body}\n"),
    };
    Article { title, text, meta }
}

/// `By Ann Lee` -> `Ann Lee`.
fn without_by(byline: &str) -> &str {
    let trimmed = byline.trim();
    ["By ", "by ", "BY "]
        .iter()
        .find_map(|p| trimmed.strip_prefix(p))
        .unwrap_or(trimmed)
}
