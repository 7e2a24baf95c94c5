use std::fmt::Write;

use model::ReportData;

use crate::{counts, doc_counts, document_meta, label, summary_rows};

pub fn render(data: &ReportData) -> String {
    let mut md = String::new();
    let total = counts(data);
    let _ = writeln!(md, "# Claimdesk verdict report\n");
    let _ = writeln!(
        md,
        "{} document(s), {} claim(s).\n",
        data.documents.len(),
        total.claims
    );
    let _ = writeln!(md, "| Status | Claims |\n|---|---:|");
    for (name, n) in summary_rows(&total) {
        let _ = writeln!(md, "| {name} | {n} |");
    }
    for doc in &data.documents {
        let d = &doc.document;
        let _ = writeln!(md, "\n## {}\n", escape(&d.title));
        let meta = document_meta(d, escape);
        if !meta.is_empty() {
            let _ = writeln!(md, "_{}_\n", meta.join(" · "));
        }
        let c = doc_counts(doc);
        let _ = writeln!(
            md,
            "{} claim(s): {} corroborated, {} disputed, {} unverified, {} not reviewed.\n",
            c.claims, c.corroborated, c.disputed, c.unverified, c.not_reviewed
        );
        for (i, rc) in doc.claims.iter().enumerate() {
            let claim = &rc.claim;
            let _ = writeln!(
                md,
                "{}. **{}**: {}",
                i + 1,
                label(claim.status),
                escape(&claim.text)
            );
            if let Some(note) = claim.note.as_deref().filter(|n| !n.trim().is_empty()) {
                let _ = writeln!(md, "   - Note: {}", escape(note));
            }
            for e in &rc.evidence {
                let title = if e.title.trim().is_empty() {
                    &e.url
                } else {
                    &e.title
                };
                let _ = write!(
                    md,
                    "   - Evidence: [{}](<{}>)",
                    escape(title),
                    escape_url(&e.url)
                );
                if !e.quote.trim().is_empty() {
                    let _ = write!(md, ": “{}”", escape(&e.quote));
                }
                md.push('\n');
            }
            if let Some(at) = &claim.updated_at {
                let _ = writeln!(md, "   - Reviewed: {at}");
            }
        }
    }
    conflicting_figures(&mut md, data);
    md
}

/// Each group of figures for one quantity that cannot all be true.
fn conflicting_figures(md: &mut String, data: &ReportData) {
    if data.conflicts.is_empty() {
        return;
    }
    let _ = writeln!(md, "\n## Conflicting figures\n");
    for (g, group) in data.conflicts.iter().enumerate() {
        let _ = writeln!(md, "### Group {}\n", g + 1);
        for (i, f) in group.figures.iter().enumerate() {
            let against = crate::conflicts_of(&group.conflicts, i);
            let _ = writeln!(
                md,
                "{}. **{}** ({}): {}, _{}_, claim {}, {}{}",
                i + 1,
                escape(&f.text),
                crate::figure_value(f),
                escape(f.source.as_deref().unwrap_or("no named source")),
                escape(&f.document_title),
                f.claim_id,
                label(f.status),
                if against.is_empty() {
                    String::new()
                } else {
                    format!("; conflicts with {against}")
                }
            );
        }
        md.push('\n');
    }
}

/// Text from documents and analysts is shown as text: Markdown and HTML
/// syntax in it is escaped, and line breaks cannot start new blocks.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\r' | '\n' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// URLs are validated as http(s) on the way in; angle brackets and spaces
/// would end the link early.
fn escape_url(s: &str) -> String {
    s.replace('<', "%3C")
        .replace('>', "%3E")
        .replace(' ', "%20")
}
