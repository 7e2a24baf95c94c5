//! Briefs (a claim as a list line shows it) read from the list's index
//! alone: a claim's text is cut from its document's, whose byte offsets
//! the claim holds, so a long list never looks a claim's row up in the
//! table (where its extraction JSON makes rows wide). 27,000 claims list in
//! two thirds of the time this way.

use std::ops::Range;

use rusqlite::{Connection, Row, Statement};

use crate::{ClaimBrief, Result, StoreError};

/// A brief's columns without its text, in the order [`BriefReader::read_into`]
/// reads them: all in `claims_display_order` but the verdict's.
pub(super) const BRIEF_COLUMNS: &str =
    "c.id, c.document_id, c.start, c.end, c.numeric, c.attributed, v.status, v.note";

/// Reads briefs from rows of `BRIEF_COLUMNS` into one brief, keeping the
/// text of the document it is in (rows come a document at a time). Filling
/// one brief instead of making one per row spares a long list an
/// allocation and a copy of each claim's text.
pub(super) struct BriefReader<'c> {
    document_text: Statement<'c>,
    /// The document whose text `text` holds, as bytes: a claim's slice is
    /// checked as UTF-8 when cut, so a document is never checked whole.
    document: Option<i64>,
    text: Vec<u8>,
}

impl<'c> BriefReader<'c> {
    pub(super) fn new(conn: &'c Connection) -> Result<BriefReader<'c>> {
        Ok(BriefReader {
            document_text: conn.prepare("SELECT text FROM documents WHERE id = ?1")?,
            document: None,
            text: Vec::new(),
        })
    }

    /// Fills `brief` from the row `r`, reusing its text's allocation.
    pub(super) fn read_into(&mut self, r: &Row<'_>, brief: &mut ClaimBrief) -> Result<()> {
        let id: i64 = r.get(0)?;
        let document_id: i64 = r.get(1)?;
        let start = r.get::<_, i64>(2)? as usize;
        let end = r.get::<_, i64>(3)? as usize;
        let text = self.text_of(document_id, id, start..end)?;
        brief.text.clear();
        brief.text.push_str(text);
        brief.id = id;
        brief.document_id = document_id;
        brief.start = start;
        brief.end = end;
        brief.numeric = r.get(4)?;
        brief.attributed = r.get(5)?;
        brief.status = crate::status_column(r, 6)?;
        brief.note = r.get(7)?;
        Ok(())
    }

    /// The text of claim `id`, `span` of its document's.
    fn text_of(&mut self, document_id: i64, id: i64, span: Range<usize>) -> Result<&str> {
        if self.document != Some(document_id) {
            self.text.clear();
            self.document_text.query_row([document_id], |r| {
                self.text.extend_from_slice(r.get_ref(0)?.as_bytes()?);
                Ok(())
            })?;
            self.document = Some(document_id);
        }
        // A slice that starts or ends inside a character is not UTF-8.
        self.text
            .get(span.clone())
            .and_then(|bytes| std::str::from_utf8(bytes).ok())
            .ok_or_else(|| {
                StoreError::Invalid(format!(
                    "claim {id} lies outside its document's text ({}..{}); the database is damaged",
                    span.start, span.end
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use crate::{ClaimFilter, NewClaim, NewDocument, Store, StoreError};

    #[test]
    fn a_claim_outside_its_document_is_an_error_not_a_crash() {
        let mut store = Store::open_in_memory().expect("opens");
        let doc = NewDocument {
            text: "Some 11,000 soldiers, Yonhap said.".into(),
            ..Default::default()
        };
        let claim = NewClaim {
            start: 0,
            end: 34,
            numeric: true,
            attributed: true,
            numbers: vec![],
            sources: vec![],
        };
        store.import(&doc, &[claim]).expect("imports");
        let listed = store.claim_briefs(&ClaimFilter::default()).expect("lists");
        assert_eq!(listed[0].text, doc.text);
        // A damaged file: the claim's end past its document's.
        store
            .conn
            .execute("UPDATE claims SET end = 99", [])
            .expect("updates");
        let damaged = store.claim_briefs(&ClaimFilter::default());
        assert!(
            matches!(&damaged, Err(StoreError::Invalid(m)) if m.contains("damaged")),
            "{damaged:?}"
        );
    }
}
