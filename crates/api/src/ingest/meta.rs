//! What a web page says about itself: canonical address, headline,
//! publisher, author, publication date. Read from the `<head>`'s link and
//! meta tags (Open Graph, `article:*`, `author`) and from JSON-LD (a
//! `NewsArticle`, `BlogPosting`, ... anywhere in the page, `@graph`
//! included); JSON-LD wins where both speak, as search engines read it.

use dom_query::Document;
use serde_json::Value;

/// The metadata of one page; `None` where it says nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub canonical: Option<String>,
    pub title: Option<String>,
    pub publisher: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
}

impl PageMeta {
    /// Fill what is missing from `other`.
    fn or(self, other: PageMeta) -> PageMeta {
        PageMeta {
            canonical: self.canonical.or(other.canonical),
            title: self.title.or(other.title),
            publisher: self.publisher.or(other.publisher),
            author: self.author.or(other.author),
            published: self.published.or(other.published),
        }
    }
}

pub fn read(page: &Document) -> PageMeta {
    from_json_ld(page).or(from_tags(page))
}

fn from_tags(page: &Document) -> PageMeta {
    let meta = |selector: &str| -> Option<String> {
        let value = page.select(selector).attr("content")?;
        clean(&value)
    };
    let canonical = page
        .select("link[rel=canonical]")
        .attr("href")
        .and_then(|h| clean(&h))
        .or_else(|| meta("meta[property='og:url']"));
    PageMeta {
        canonical,
        title: meta("meta[property='og:title']"),
        publisher: meta("meta[property='og:site_name']"),
        author: meta("meta[name=author]").or_else(|| meta("meta[property='article:author']")),
        published: meta("meta[property='article:published_time']")
            .or_else(|| meta("meta[itemprop=datePublished]")),
    }
}

/// The first article-like object in the page's JSON-LD.
fn from_json_ld(page: &Document) -> PageMeta {
    for script in page.select("script[type='application/ld+json']").iter() {
        let Ok(value) = serde_json::from_str::<Value>(script.text().trim()) else {
            continue;
        };
        if let Some(article) = find_article(&value) {
            return PageMeta {
                canonical: text(article.get("url"))
                    .or_else(|| text(article.get("mainEntityOfPage")))
                    .filter(|u| u.starts_with("http")),
                title: text(article.get("headline")),
                publisher: names(article.get("publisher")),
                author: names(article.get("author")),
                published: text(article.get("datePublished")),
            };
        }
    }
    PageMeta::default()
}

fn find_article(value: &Value) -> Option<&Value> {
    match value {
        Value::Array(items) => items.iter().find_map(find_article),
        Value::Object(object) => {
            if is_article(object.get("@type")) {
                return Some(value);
            }
            object.get("@graph").and_then(find_article)
        }
        _ => None,
    }
}

fn is_article(kind: Option<&Value>) -> bool {
    let article = |t: &str| t.ends_with("Article") || t == "BlogPosting" || t == "Report";
    match kind {
        Some(Value::String(t)) => article(t),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).any(article),
        _ => false,
    }
}

/// A string, or the `@id`/`url` of an object.
fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => clean(s),
        Value::Object(o) => text(o.get("@id")).or_else(|| text(o.get("url"))),
        _ => None,
    }
}

/// A name, or the names of several (`"A and B"`), from strings or objects.
fn names(value: Option<&Value>) -> Option<String> {
    let one = |v: &Value| match v {
        Value::String(s) => clean(s),
        Value::Object(o) => o.get("name").and_then(Value::as_str).and_then(clean),
        _ => None,
    };
    let all: Vec<String> = match value? {
        Value::Array(items) => items.iter().filter_map(one).collect(),
        v => one(v).into_iter().collect(),
    };
    match all.len() {
        0 => None,
        1 => all.into_iter().next(),
        _ => {
            let (last, rest) = all.split_last()?;
            Some(format!("{} and {last}", rest.join(", ")))
        }
    }
}

/// Whitespace folded; empty is none.
pub(crate) fn clean(s: &str) -> Option<String> {
    let folded = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!folded.is_empty()).then_some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta_of(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn each_way_a_page_describes_itself_is_read() {
        let cases = [
            (
                r#"<link rel="canonical" href="https://a.example/x"><meta property="og:site_name" content="A News">
                   <meta property="article:published_time" content="2024-11-05T03:40:21Z"><meta name="author" content="Ann Lee">"#,
                PageMeta {
                    canonical: Some("https://a.example/x".into()),
                    publisher: Some("A News".into()),
                    author: Some("Ann Lee".into()),
                    published: Some("2024-11-05T03:40:21Z".into()),
                    ..PageMeta::default()
                },
            ),
            (
                r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
                   {"@type":["NewsArticle"],"headline":"H","datePublished":"2024-03-18","url":"https://b.example/h",
                    "author":[{"@type":"Person","name":"Ruth Okafor"},{"@type":"Person","name":"Min Kang"}],
                    "publisher":{"@type":"Organization","name":"Field Notes"}}]}</script>
                   <meta property="og:site_name" content="Ignored when JSON-LD says">"#,
                PageMeta {
                    canonical: Some("https://b.example/h".into()),
                    title: Some("H".into()),
                    publisher: Some("Field Notes".into()),
                    author: Some("Ruth Okafor and Min Kang".into()),
                    published: Some("2024-03-18".into()),
                },
            ),
            (
                r#"<script type="application/ld+json">{ not json</script><meta property="og:url" content="https://c.example/">"#,
                PageMeta {
                    canonical: Some("https://c.example/".into()),
                    ..PageMeta::default()
                },
            ),
            ("<p>No metadata at all.</p>", PageMeta::default()),
        ];
        for (html, expected) in cases {
            assert_eq!(meta_of(html), expected, "{html}");
        }
    }
}
