//! `relate`: related claims over files (RELATED.md), no database;
//! `related`: what is related to a claim in the database.

use std::path::PathBuf;

use api::related::relate_files;
use api::{AppError, Desk};

use crate::output::{one_line, Out};

pub fn relate(files: &[PathBuf], json: bool, out: &mut Out) -> Result<(), AppError> {
    let relations = relate_files(files)?;
    if json {
        return out.json(&relations);
    }
    for (n, group) in relations.quantities.iter().enumerate() {
        out.line(format_args!("quantity {}:", n + 1))?;
        for (i, m) in group.mentions.iter().enumerate() {
            let conflicting = group.conflicts.iter().any(|c| c.contains(&i));
            out.line(format_args!(
                "  {}{:<20} {}:{}..{}",
                if conflicting { "! " } else { "  " },
                one_line(&m.mention.text, 20),
                m.file,
                m.mention.start,
                m.mention.end
            ))?;
        }
        for (a, b, why) in &group.links {
            out.line(format_args!("    {} ~ {}: {why}", a + 1, b + 1))?;
        }
    }
    for m in &relations.matches {
        out.line(format_args!(
            "same claim ({:.2}{}): {}:{}..{} ~ {}:{}..{}",
            m.score,
            if m.confirmed { ", confirmed" } else { "" },
            m.a.file,
            m.a.start,
            m.a.end,
            m.b.file,
            m.b.start,
            m.b.end
        ))?;
    }
    Ok(())
}

pub fn related(
    desk: &mut Desk,
    claim: Option<i64>,
    pending: bool,
    json: bool,
    out: &mut Out,
) -> Result<(), AppError> {
    if pending {
        let done = desk.relate_pending(|_, _| {})?;
        return if json {
            out.json(&serde_json::json!({ "related_documents": done }))
        } else {
            out.line(format_args!("{done} documents related"))
        };
    }
    let Some(claim) = claim else {
        return Ok(());
    };
    super::relate_what_is_pending(desk);
    let related = desk.related(claim)?;
    if json {
        return out.json(&related);
    }
    out.line(format_args!("same quantity:"))?;
    for f in &related.same_quantity {
        out.line(format_args!(
            "  {}{:<20} (for {}) claim {} in {}: {}",
            if f.conflict { "! " } else { "  " },
            one_line(&f.text, 20),
            f.of,
            f.claim.id,
            one_line(&f.claim.document_title, 30),
            f.reason
        ))?;
    }
    out.line(format_args!("same claim elsewhere:"))?;
    for m in &related.same_claim {
        out.line(format_args!(
            "  {:.2}{} claim {} in {}: {}",
            m.score,
            if m.confirmed { " confirmed" } else { "" },
            m.claim.id,
            one_line(&m.claim.document_title, 30),
            one_line(&m.claim.text, 80)
        ))?;
    }
    out.line(format_args!("checked before:"))?;
    for m in &related.checked_before {
        super::library::match_line(m, out)?;
    }
    Ok(())
}
