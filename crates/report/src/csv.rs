//! RFC 4180 CSV, UTF-8 with a BOM (so spreadsheets detect the encoding),
//! CRLF line ends, and every text cell guarded against formula injection.

use model::{ReportData, Status};

pub const HEADER: [&str; 13] = [
    "document_id",
    "document_title",
    "claim_id",
    "claim_text",
    "start",
    "end",
    "numeric",
    "attributed",
    "status",
    "note",
    "evidence_urls",
    "updated_at",
    "conflict_group",
];

pub fn render(data: &ReportData) -> String {
    let mut out = String::from("\u{FEFF}");
    row(&mut out, HEADER.iter().map(|s| s.to_string()));
    let groups = crate::conflict_group_of(data);
    for doc in &data.documents {
        for rc in &doc.claims {
            let c = &rc.claim;
            let urls: Vec<&str> = rc.evidence.iter().map(|e| e.url.as_str()).collect();
            row(
                &mut out,
                [
                    doc.document.id.to_string(),
                    text_cell(&doc.document.title),
                    c.id.to_string(),
                    text_cell(&c.text),
                    c.start.to_string(),
                    c.end.to_string(),
                    c.numeric.to_string(),
                    c.attributed.to_string(),
                    c.status.map(Status::as_str).unwrap_or("").to_string(),
                    text_cell(c.note.as_deref().unwrap_or("")),
                    text_cell(&urls.join(" ")),
                    c.updated_at.clone().unwrap_or_default(),
                    groups.get(&c.id).map(usize::to_string).unwrap_or_default(),
                ]
                .into_iter(),
            );
        }
    }
    out
}

/// A spreadsheet runs a cell that starts with `= + - @` (or a tab or CR
/// before one) as a formula: a leading `'` makes it text.
pub fn text_cell(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn row(out: &mut String, cells: impl Iterator<Item = String>) {
    for (i, cell) in cells.enumerate() {
        if i > 0 {
            out.push(',');
        }
        if cell.contains([',', '"', '\r', '\n']) {
            out.push('"');
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&cell);
        }
    }
    out.push_str("\r\n");
}
