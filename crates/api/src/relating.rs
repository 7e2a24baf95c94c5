//! Related claims in the database: computed when a document is imported
//! (against everything already stored) and read for one claim.

use std::collections::HashMap;

use claims::{Bound, Extraction, NumberKind, Sentence};
use model::{ClaimFilter, ClaimRow, ConflictFigure, ConflictGroup, ReportData, Status};
use related::{Figure, Terms};
use serde::Serialize;
use store::{FigureRef, NewRelations, Store, StoredFigure};
#[cfg(feature = "ts")]
use ts_rs::TS;

use crate::library::LibraryMatch;
use crate::{AppError, Desk};

/// How many claims of other documents are scored as the same claim.
const CLAIM_CANDIDATES: usize = 20;
/// Claims and figures of one document that are related (the first ones).
const MAX_RELATED_CLAIMS: usize = 2_000;
const MAX_RELATED_FIGURES: usize = 5_000;
/// Claims of one document matched against other documents (the first).
const MAX_MATCHED_CLAIMS: usize = 200;
/// How many of a claim's words (the longest: the rarest, roughly) find
/// candidates; a candidate shares at least two of them.
const CANDIDATE_TERMS: usize = 3;
/// A claim longer than this is not a sentence anyone repeats: it is not
/// matched (a 10 MB line would cost more than every article together).
const MAX_MATCHED_CLAIM_BYTES: usize = 2_000;
/// A quantity group shown for a claim holds at most this many figures.
const GROUP_LIMIT: usize = 60;
/// Past fact-checks shown for a claim, and the least score shown (below
/// it a fact-check shares a name or two with the claim, not the claim).
const CHECKED_BEFORE: usize = 3;
const CHECKED_BEFORE_MIN_SCORE: f64 = 0.3;

/// The version of the relating rules (`related` and this module). Bump it
/// when a change alters what relating stores for the same claims (a
/// scorer, a threshold, a candidate limit): a database related by older
/// rules has its relations dropped and computed again the next time
/// pending documents are related (`Desk::documents_to_relate`).
/// 1: relations stored before versions were kept; 2: same-claim pairs
/// compare what is claimed, not who says it (RELATED.md section 2).
pub const RELATIONS_VERSION: i64 = 2;

/// Everything related to one claim, as the claim panel shows it.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct RelatedClaims {
    /// Other figures for the same quantity as one of the claim's figures.
    pub same_quantity: Vec<RelatedFigure>,
    /// The same claim in other documents, best first.
    pub same_claim: Vec<SameClaim>,
    /// Past fact-checks from the library, best first.
    pub checked_before: Vec<LibraryMatch>,
}

/// A figure for the same quantity as one of the claim's own.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct RelatedFigure {
    /// The claim's own figure it relates to (its text, as written).
    pub of: String,
    pub text: String,
    pub value: f64,
    pub high: Option<f64>,
    pub bound: Bound,
    pub kind: NumberKind,
    pub noun: Option<String>,
    /// Its intervals and the claim's figure's do not overlap.
    pub conflict: bool,
    /// Why it is taken for the same quantity.
    pub reason: String,
    pub claim: ClaimRef,
}

/// The claim a related item is in, enough to show it and go to it.
#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct ClaimRef {
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub id: i64,
    #[cfg_attr(feature = "ts", ts(type = "number"))]
    pub document_id: i64,
    pub document_title: String,
    pub text: String,
    /// Its first named source, if any.
    pub source: Option<String>,
    pub status: Option<Status>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "ts", derive(TS), ts(export))]
pub struct SameClaim {
    pub claim: ClaimRef,
    pub score: f64,
    /// Confirmed: a verdict may be applied to both at once.
    pub confirmed: bool,
}

impl Desk {
    /// Compute and store one document's relations: its figures, their links
    /// within it and to every stored document, and its claims' matches.
    pub fn relate_document(&mut self, document_id: i64) -> Result<(), AppError> {
        // Checked again under the lock; this read spares the write lock
        // for a document another process has related meanwhile.
        if self.store.is_related(document_id)? {
            return Ok(());
        }
        self.store
            .relate_exclusively(document_id, RELATIONS_VERSION, |store| {
                relations_of(store, document_id)
            })?;
        Ok(())
    }

    /// Documents not related yet, oldest first.
    pub fn unrelated_documents(&self) -> Result<Vec<i64>, AppError> {
        Ok(self.store.unrelated_documents()?)
    }

    /// The documents to relate, oldest first: those not related yet
    /// (imported by an older version, or interrupted), and every document
    /// when the stored relations come from older rules than
    /// [`RELATIONS_VERSION`] (they are dropped here).
    pub fn documents_to_relate(&mut self) -> Result<Vec<i64>, AppError> {
        self.store.drop_relations_older_than(RELATIONS_VERSION)?;
        Ok(self.store.unrelated_documents()?)
    }

    /// Relate every document [`Desk::documents_to_relate`] names;
    /// `progress` hears (done, total).
    pub fn relate_pending(
        &mut self,
        mut progress: impl FnMut(usize, usize),
    ) -> Result<usize, AppError> {
        let pending = self.documents_to_relate()?;
        for (n, id) in pending.iter().enumerate() {
            self.relate_when_free(*id)?;
            progress(n + 1, pending.len());
        }
        Ok(pending.len())
    }

    /// Relate one document, waiting out another process that relates
    /// alongside (the import's background `related --pending`): SQLite's
    /// busy handler may starve a waiting writer while the other commits
    /// back to back, so a busy lock is tried again, a bounded number of
    /// times (each try waits up to the busy timeout). A document the other
    /// process related meanwhile is then found related and left as it is.
    fn relate_when_free(&mut self, document_id: i64) -> Result<(), AppError> {
        const TRIES: usize = 30;
        let mut tries = 0;
        loop {
            match self.relate_document(document_id) {
                Err(e) if e.code == "busy" && tries + 1 < TRIES => tries += 1,
                done => return done,
            }
        }
    }

    /// Everything related to one claim: figures for the same quantity,
    /// the same claim elsewhere, past fact-checks.
    pub fn related(&self, claim_id: i64) -> Result<RelatedClaims, AppError> {
        let claim = self.store.claim(claim_id)?;
        let own = self.store.figures_of_claim(claim_id)?;
        let ids: Vec<i64> = own.iter().map(|f| f.id).collect();
        let (group, links) = self.store.figure_group(&ids, GROUP_LIMIT)?;
        let mut titles = HashMap::new();
        let mut same_quantity = Vec::new();
        for other in group.iter().filter(|f| f.claim_id != claim_id) {
            let Some((mine, reason)) = nearest_own(&own, other, &links) else {
                continue;
            };
            let row = self.store.claim(other.claim_id)?;
            let f = &other.figure;
            same_quantity.push(RelatedFigure {
                of: claim
                    .text
                    .get(mine.figure.start - claim.start..mine.figure.end - claim.start)
                    .unwrap_or("")
                    .to_string(),
                text: row
                    .text
                    .get(f.start - row.start..f.end - row.start)
                    .unwrap_or("")
                    .to_string(),
                value: f.value,
                high: f.high,
                bound: f.bound,
                kind: f.kind,
                noun: f.noun.clone(),
                conflict: !mine.figure.interval().overlaps(&f.interval()),
                reason,
                claim: self.claim_ref(row, &mut titles)?,
            });
        }
        let mut same_claim = Vec::new();
        for m in self.store.claim_matches(claim_id)? {
            let row = self.store.claim(m.claim_id)?;
            same_claim.push(SameClaim {
                claim: self.claim_ref(row, &mut titles)?,
                score: m.score,
                confirmed: m.confirmed,
            });
        }
        let mut checked_before = self.checked_before(claim_id, CHECKED_BEFORE)?;
        checked_before.retain(|m| m.score >= CHECKED_BEFORE_MIN_SCORE);
        Ok(RelatedClaims {
            same_quantity,
            same_claim,
            checked_before,
        })
    }

    fn claim_ref(
        &self,
        row: ClaimRow,
        titles: &mut HashMap<i64, String>,
    ) -> Result<ClaimRef, AppError> {
        let title = match titles.entry(row.document_id) {
            std::collections::hash_map::Entry::Occupied(e) => e.get().clone(),
            std::collections::hash_map::Entry::Vacant(e) => e
                .insert(self.store.document(row.document_id)?.title)
                .clone(),
        };
        Ok(ClaimRef {
            id: row.id,
            document_id: row.document_id,
            document_title: title,
            source: row.named_source().map(str::to_string),
            status: row.status,
            text: row.text,
        })
    }
}

impl Desk {
    /// The groups of figures among a report's claims that conflict: linked
    /// figures joined transitively, kept when two of them do not overlap.
    pub(crate) fn conflict_groups(
        &self,
        data: &ReportData,
    ) -> Result<Vec<ConflictGroup>, AppError> {
        let mut figures: Vec<(StoredFigure, &ClaimRow, &str)> = Vec::new();
        for doc in &data.documents {
            for rc in &doc.claims {
                for f in self.store.figures_of_claim(rc.claim.id)? {
                    figures.push((f, &rc.claim, &doc.document.title));
                }
            }
        }
        figures.sort_by_key(|(f, _, _)| f.id);
        let ids: Vec<i64> = figures.iter().map(|(f, _, _)| f.id).collect();
        let links = self.store.links_among(&ids)?;
        let pairs = links
            .iter()
            .filter_map(|l| Some((ids.binary_search(&l.a).ok()?, ids.binary_search(&l.b).ok()?)));
        let mut groups = Vec::new();
        for group in related::quantity::components(ids.len(), pairs) {
            let members: Vec<&Figure> = group.iter().map(|&i| &figures[i].0.figure).collect();
            let conflicts = related::quantity::conflicting_pairs(&members);
            if conflicts.is_empty() {
                continue;
            }
            let figures = group
                .iter()
                .map(|&i| conflict_figure(&figures[i]))
                .collect();
            groups.push(ConflictGroup { figures, conflicts });
        }
        Ok(groups)
    }
}

/// One document's relations, computed from what `store` holds: its
/// figures, their links within it and to every related document, and its
/// claims' matches.
fn relations_of(store: &Store, document_id: i64) -> Result<NewRelations, AppError> {
    let text = store.document(document_id)?.text;
    let claims = store.claims(&ClaimFilter {
        document_id: Some(document_id),
        ..ClaimFilter::default()
    })?;
    let terms = Terms::default();
    let mut new = NewRelations::default();
    // A book-length document is related by its first claims only: an
    // article has tens, and relating is derived data the import must
    // not wait minutes for.
    let claims = &claims[..claims.len().min(MAX_RELATED_CLAIMS)];
    for c in claims {
        let room = MAX_RELATED_FIGURES - new.figures.len();
        let one = as_extraction(&text, c, room);
        for f in related::quantity::figures(&text, &one, &terms) {
            new.figures.push((c.id, f));
        }
    }
    link_within(&mut new);
    link_across(store, document_id, &mut new)?;
    match_claims(store, document_id, claims, &terms, &mut new)?;
    Ok(new)
}

fn link_within(new: &mut NewRelations) {
    let refs: Vec<(usize, &Figure)> = new.figures.iter().map(|(_, f)| (0, f)).collect();
    let mut links = Vec::new();
    for g in related::group(&refs) {
        for (a, b, link) in &g.links {
            let (ia, ib) = (g.members[*a], g.members[*b]);
            let (fa, fb) = (&new.figures[ia].1, &new.figures[ib].1);
            let conflict = !fa.interval().overlaps(&fb.interval());
            links.push((
                FigureRef::New(ia),
                FigureRef::New(ib),
                link.explain(fa, fb),
                conflict,
            ));
        }
    }
    new.links.extend(links);
}

/// Links from the new figures to stored ones. One sentence gives one
/// figure per quantity, so of several links between the figures of
/// two sentences only the strongest of each figure stays (`270
/// fatalities, including all 259 occupants` links 259 to 259 only).
fn link_across(store: &Store, document_id: i64, new: &mut NewRelations) -> Result<(), AppError> {
    let mut found: Vec<(usize, StoredFigure, related::Link)> = Vec::new();
    for (i, (_, f)) in new.figures.iter().enumerate() {
        for stored in store.figures_near(f.kind, f.value, document_id)? {
            if let Some(link) = related::link(f, &stored.figure) {
                found.push((i, stored, link));
            }
        }
    }
    // The strongest link of each (new claim, stored figure) and each
    // (new figure, stored claim).
    let strength = |l: &related::Link| (l.same_value, l.shared.len());
    let mut best_by_stored: HashMap<(i64, i64), (bool, usize)> = HashMap::new();
    let mut best_by_new: HashMap<(usize, i64), (bool, usize)> = HashMap::new();
    for (i, stored, link) in &found {
        let s = strength(link);
        let a = best_by_stored
            .entry((new.figures[*i].0, stored.id))
            .or_insert(s);
        *a = (*a).max(s);
        let b = best_by_new.entry((*i, stored.claim_id)).or_insert(s);
        *b = (*b).max(s);
    }
    let mut links = Vec::new();
    for (i, stored, link) in &found {
        let s = strength(link);
        if best_by_stored[&(new.figures[*i].0, stored.id)] != s
            || best_by_new[&(*i, stored.claim_id)] != s
        {
            continue;
        }
        let f = &new.figures[*i].1;
        let conflict = !f.interval().overlaps(&stored.figure.interval());
        let reason = link.explain(f, &stored.figure);
        links.push((
            FigureRef::New(*i),
            FigureRef::Stored(stored.id),
            reason,
            conflict,
        ));
    }
    new.links.extend(links);
    Ok(())
}

fn match_claims(
    store: &Store,
    document_id: i64,
    claims: &[ClaimRow],
    terms: &Terms,
    new: &mut NewRelations,
) -> Result<(), AppError> {
    let matched = claims.iter().take(MAX_MATCHED_CLAIMS);
    for c in matched.filter(|c| c.text.len() <= MAX_MATCHED_CLAIM_BYTES) {
        let mut words = Vec::new();
        terms.each_word(&c.text, |_, word, _| words.push(word.to_string()));
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        words.truncate(CANDIDATE_TERMS);
        let mut candidates = store.claim_candidates(&words, document_id, CLAIM_CANDIDATES)?;
        candidates.retain(|r| r.text.len() <= MAX_MATCHED_CLAIM_BYTES);
        if candidates.is_empty() {
            continue;
        }
        let texts: Vec<related::ClaimText<'_>> = std::iter::once(c)
            .chain(candidates.iter())
            .map(|r| {
                let doc = r.document_id as usize;
                related::ClaimText::new(doc, [r.start, r.end], &r.text, &r.numbers, &r.sources)
            })
            .collect();
        for m in related::same_claims(&texts, terms)
            .into_iter()
            .filter(|m| m.a == 0)
        {
            new.matches
                .push((c.id, candidates[m.b - 1].id, m.score, m.confirmed));
        }
    }
    Ok(())
}

fn conflict_figure((stored, claim, title): &(StoredFigure, &ClaimRow, &str)) -> ConflictFigure {
    let f = &stored.figure;
    ConflictFigure {
        claim_id: claim.id,
        document_id: claim.document_id,
        document_title: title.to_string(),
        text: claim
            .text
            .get(f.start.saturating_sub(claim.start)..f.end.saturating_sub(claim.start))
            .unwrap_or("")
            .to_string(),
        value: f.value,
        high: f.high,
        bound: f.bound,
        source: claim.named_source().map(str::to_string),
        status: claim.status,
    }
}

/// The claim's own figure that `other` is linked to (directly if it can,
/// else the first of the group), and the reason for the link.
fn nearest_own<'a>(
    own: &'a [StoredFigure],
    other: &StoredFigure,
    links: &[store::FigureLink],
) -> Option<(&'a StoredFigure, String)> {
    for mine in own {
        let (a, b) = (mine.id.min(other.id), mine.id.max(other.id));
        if let Some(l) = links.iter().find(|l| l.a == a && l.b == b) {
            return Some((mine, l.reason.clone()));
        }
    }
    let mine = own.iter().find(|m| m.figure.kind == other.figure.kind)?;
    Some((
        mine,
        "linked through another figure for the same quantity".into(),
    ))
}

/// One stored claim as the one-sentence extraction relating reads, with
/// at most `room` of its numbers.
fn as_extraction(text: &str, c: &ClaimRow, room: usize) -> Extraction {
    Extraction {
        bytes: text.len(),
        sentences: vec![Sentence {
            start: c.start,
            end: c.end,
            numeric: c.numeric,
            attributed: c.attributed,
            numbers: c.numbers.iter().take(room).cloned().collect(),
            sources: c.sources.clone(),
        }],
    }
}
