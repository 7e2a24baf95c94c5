//! Related claims over files, with no database: what `claimdesk relate`
//! prints and what the related-claims scorer reads (`RELATED.md`).

use std::path::PathBuf;

use serde::Serialize;

use crate::extract::extract_file;
use crate::AppError;

/// `RELATED.md`'s `relate --json` object for a set of files.
#[derive(Debug, Serialize)]
pub struct FileRelations {
    pub files: Vec<String>,
    pub quantities: Vec<QuantityGroup>,
    pub matches: Vec<SameClaimPair>,
}

/// Figures for one quantity; `conflicts` are pairs of `mentions` indexes.
#[derive(Debug, Serialize)]
pub struct QuantityGroup {
    pub mentions: Vec<FigureAt>,
    pub conflicts: Vec<[usize; 2]>,
    /// Why figures were linked: `[a, b, reason]` over `mentions`.
    pub links: Vec<(usize, usize, String)>,
}

/// A number mention in a file, with its CLAIMS.md fields.
#[derive(Debug, Serialize)]
pub struct FigureAt {
    pub file: String,
    #[serde(flatten)]
    pub mention: claims::NumberMention,
}

#[derive(Debug, Serialize)]
pub struct SentenceAt {
    pub file: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Serialize)]
pub struct SameClaimPair {
    pub a: SentenceAt,
    pub b: SentenceAt,
    pub score: f64,
    /// Confirmed (a verdict may be applied to both) or only suggested.
    pub confirmed: bool,
}

/// Relates every figure and claim of `files` to every other.
pub fn relate_files(files: &[PathBuf]) -> Result<FileRelations, AppError> {
    let names: Vec<String> = files
        .iter()
        .map(|f| f.to_string_lossy().into_owned())
        .collect();
    let mut read = Vec::with_capacity(files.len());
    for file in files {
        let (decoded, extraction) = extract_file(file)?;
        read.push((decoded.text, extraction));
    }
    let docs: Vec<related::Doc<'_>> = read
        .iter()
        .map(|(text, extraction)| related::Doc { text, extraction })
        .collect();
    let relations = related::relate(&docs);
    let quantities = relations
        .groups
        .iter()
        .map(|g| quantity_group(g, &relations.figures, &names, &read))
        .collect();
    let matches = relations
        .matches
        .iter()
        .map(|m| {
            let at = |i: usize| {
                let (doc, [start, end]) = relations.claims[i];
                SentenceAt {
                    file: names[doc].clone(),
                    start,
                    end,
                }
            };
            SameClaimPair {
                a: at(m.a),
                b: at(m.b),
                score: (m.score * 1000.0).round() / 1000.0,
                confirmed: m.confirmed,
            }
        })
        .collect();
    Ok(FileRelations {
        files: names,
        quantities,
        matches,
    })
}

fn quantity_group(
    group: &related::Group,
    figures: &[(usize, related::Figure)],
    names: &[String],
    read: &[(String, claims::Extraction)],
) -> QuantityGroup {
    let figure = |i: usize| &figures[group.members[i]];
    let mentions = group
        .members
        .iter()
        .map(|&m| {
            let (doc, f) = &figures[m];
            FigureAt {
                file: names[*doc].clone(),
                mention: claims::NumberMention {
                    start: f.start,
                    end: f.end,
                    text: read[*doc].0[f.start..f.end].to_string(),
                    value: f.value,
                    high: f.high,
                    kind: f.kind,
                    bound: f.bound,
                    noun: f.noun.clone(),
                },
            }
        })
        .collect();
    let links = group
        .links
        .iter()
        .map(|(a, b, l)| (*a, *b, l.explain(&figure(*a).1, &figure(*b).1)))
        .collect();
    QuantityGroup {
        mentions,
        conflicts: group.conflicts.clone(),
        links,
    }
}
