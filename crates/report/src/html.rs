//! One self-contained HTML file: inline CSS, no scripts, no external
//! requests, a CSP that forbids both, every piece of text escaped.

use std::fmt::Write;

use model::{ReportData, ReportDocument, Status, StatusCounts};

use crate::{counts, doc_counts, document_meta, label, summary_rows};

const CSS: &str = r#"
:root { --ink:#1d232a; --muted:#5b6570; --line:#d9dee3; --bg:#ffffff;
  --corroborated:#1b7f4b; --disputed:#b42318; --unverified:#9a6700; --none:#6e7781; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, "Times New Roman", serif; color: var(--ink); background: var(--bg); margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
h1, h2, h3, .meta, table, .claims, .legend { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .25rem; padding-top: 1rem; border-top: 2px solid var(--ink); }
.meta { color: var(--muted); font-size: .9rem; margin: 0 0 1rem; }
table { border-collapse: collapse; font-size: .95rem; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid var(--line); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.summary { display: flex; gap: 2rem; align-items: center; flex-wrap: wrap; }
.text { white-space: pre-wrap; background: #fafbfc; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; }
mark { background: none; color: inherit; border-bottom: 3px solid var(--none); padding: 0 1px; }
mark.corroborated { background: #e6f4ec; border-color: var(--corroborated); }
mark.disputed { background: #fdecea; border-color: var(--disputed); }
mark.unverified { background: #fff4d6; border-color: var(--unverified); }
mark.not-reviewed { background: #f0f2f4; }
mark sup { font: 600 .65rem system-ui, sans-serif; color: var(--muted); }
.claims { list-style: none; padding: 0; }
.claims li { border-left: 4px solid var(--none); padding: .4rem .8rem; margin: .6rem 0; break-inside: avoid; }
.claims li.corroborated { border-color: var(--corroborated); }
.claims li.disputed { border-color: var(--disputed); }
.claims li.unverified { border-color: var(--unverified); }
.badge { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; padding: .05rem .45rem; border-radius: 3px; color: #fff; background: var(--none); }
.badge.corroborated { background: var(--corroborated); } .badge.disputed { background: var(--disputed); } .badge.unverified { background: var(--unverified); }
.claim-text { font-family: Georgia, serif; margin: .25rem 0; }
.note, .evidence { font-size: .9rem; margin: .2rem 0; }
.evidence a { color: #0b57d0; word-break: break-all; }
blockquote { margin: .2rem 0 .2rem 1rem; color: var(--muted); font-style: italic; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  section.doc + section.doc { break-before: page; }
  h2 { break-after: avoid; }
  .text { background: none; }
  .evidence a::after { content: " (" attr(href) ")"; color: var(--muted); }
}
"#;

pub fn render(data: &ReportData) -> String {
    let mut h = String::new();
    let total = counts(data);
    h.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n");
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Claimdesk\">\n");
    let title = match data.documents.as_slice() {
        [one] => format!("Verdict report: {}", one.document.title),
        _ => "Claimdesk verdict report".to_string(),
    };
    let _ = writeln!(
        h,
        "<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>",
        esc(&title)
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(
        h,
        "<p class=\"meta\">{} document(s), {} claim(s)</p>",
        data.documents.len(),
        total.claims
    );
    summary(&mut h, &total);
    for doc in &data.documents {
        document(&mut h, doc);
    }
    conflicting_figures(&mut h, data);
    h.push_str("</body>\n</html>\n");
    h
}

/// Each group of figures for one quantity that cannot all be true.
fn conflicting_figures(h: &mut String, data: &ReportData) {
    if data.conflicts.is_empty() {
        return;
    }
    h.push_str("<section class=\"conflicts\">\n<h2>Conflicting figures</h2>\n");
    for (g, group) in data.conflicts.iter().enumerate() {
        let _ = writeln!(
            h,
            "<h3>Group {}</h3>\n<table><thead><tr><th>#</th><th>Figure</th><th>Value</th><th>Source</th><th>Document</th><th>Claim</th><th>Verdict</th><th>Conflicts with</th></tr></thead><tbody>",
            g + 1
        );
        for (i, f) in group.figures.iter().enumerate() {
            let against = crate::conflicts_of(&group.conflicts, i);
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td><strong>{}</strong></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"{}\">{}</td><td>{}</td></tr>",
                i + 1,
                esc(&f.text),
                esc(&crate::figure_value(f)),
                esc(f.source.as_deref().unwrap_or("no named source")),
                esc(&f.document_title),
                f.claim_id,
                class(f.status),
                label(f.status),
                against
            );
        }
        h.push_str("</tbody></table>\n");
    }
    h.push_str("</section>\n");
}

fn summary(h: &mut String, c: &StatusCounts) {
    h.push_str("<div class=\"summary\">\n<table><thead><tr><th>Status</th><th>Claims</th></tr></thead><tbody>\n");
    for (name, n) in summary_rows(c) {
        let _ = writeln!(h, "<tr><td>{name}</td><td class=\"n\">{n}</td></tr>");
    }
    h.push_str("</tbody></table>\n");
    chart(h, c);
    h.push_str("</div>\n");
}

/// A horizontal bar chart of the counts, as inline SVG.
fn chart(h: &mut String, c: &StatusCounts) {
    let rows = summary_rows(c);
    let colours = ["#1b7f4b", "#b42318", "#9a6700", "#6e7781"];
    let max = rows.iter().map(|r| r.1).max().unwrap_or(0).max(1) as f64;
    let (width, bar_h, gap, label_w) = (360.0, 18.0, 8.0, 110.0);
    let height = rows.len() as f64 * (bar_h + gap);
    let _ = writeln!(
        h,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Claims by status\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"system-ui, sans-serif\" font-size=\"12\">"
    );
    for (i, ((name, n), colour)) in rows.iter().zip(colours).enumerate() {
        let y = i as f64 * (bar_h + gap);
        let w = (width - label_w - 40.0) * (*n as f64) / max;
        let _ = writeln!(
            h,
            "<text x=\"0\" y=\"{:.1}\" fill=\"#1d232a\">{name}</text><rect x=\"{label_w}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{bar_h}\" rx=\"2\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1d232a\">{n}</text>",
            y + 13.0,
            label_w + w + 6.0,
            y + 13.0
        );
    }
    h.push_str("</svg>\n");
}

fn class(s: Option<Status>) -> &'static str {
    match s {
        None => "not-reviewed",
        Some(s) => s.as_str(),
    }
}

fn document(h: &mut String, doc: &ReportDocument) {
    let d = &doc.document;
    let _ = writeln!(h, "<section class=\"doc\">\n<h2>{}</h2>", esc(&d.title));
    let meta = document_meta(d, esc);
    let c = doc_counts(doc);
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}{}{} claim(s): {} corroborated, {} disputed, {} unverified, {} not reviewed</p>",
        meta.join(" · "),
        if meta.is_empty() { "" } else { " — " },
        c.claims,
        c.corroborated,
        c.disputed,
        c.unverified,
        c.not_reviewed
    );
    // The text with each claim marked. Claims are in document order and do
    // not overlap (they are sentences); anything odd is shown unmarked.
    h.push_str("<div class=\"text\">");
    let text = &d.text;
    let mut pos = 0;
    for (i, rc) in doc.claims.iter().enumerate() {
        let cl = &rc.claim;
        if cl.start < pos
            || cl.end > text.len()
            || !text.is_char_boundary(cl.start)
            || !text.is_char_boundary(cl.end)
        {
            continue;
        }
        h.push_str(&esc(&text[pos..cl.start]));
        let _ = write!(
            h,
            "<mark class=\"{}\" title=\"{}\">{}<sup>{}</sup></mark>",
            class(cl.status),
            label(cl.status),
            esc(&text[cl.start..cl.end]),
            i + 1
        );
        pos = cl.end;
    }
    h.push_str(&esc(&text[pos..]));
    h.push_str("</div>\n<ol class=\"claims\">\n");
    for (i, rc) in doc.claims.iter().enumerate() {
        let cl = &rc.claim;
        let _ = writeln!(
            h,
            "<li class=\"{cls}\"><span class=\"badge {cls}\">{}</span> <strong>#{}</strong><p class=\"claim-text\">{}</p>",
            label(cl.status),
            i + 1,
            esc(&cl.text),
            cls = class(cl.status)
        );
        if let Some(note) = cl.note.as_deref().filter(|n| !n.trim().is_empty()) {
            let _ = writeln!(
                h,
                "<p class=\"note\"><strong>Note:</strong> {}</p>",
                esc(note)
            );
        }
        for e in &rc.evidence {
            let title = if e.title.trim().is_empty() {
                &e.url
            } else {
                &e.title
            };
            let _ = write!(h, "<p class=\"evidence\"><strong>Evidence:</strong> <a href=\"{}\" rel=\"noopener noreferrer\">{}</a></p>", esc(&safe_href(&e.url)), esc(title));
            if !e.quote.trim().is_empty() {
                let _ = write!(h, "<blockquote>{}</blockquote>", esc(&e.quote));
            }
            h.push('\n');
        }
        h.push_str("</li>\n");
    }
    h.push_str("</ol>\n</section>\n");
}

/// Only http(s) links become links; anything else is rendered inert.
fn safe_href(url: &str) -> String {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("http://") || lower.starts_with("https://") {
        url.to_string()
    } else {
        "#".to_string()
    }
}

/// Escape text for HTML element content and attribute values.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
