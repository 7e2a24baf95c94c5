-- the claims list's order (newest document first, then by position)
-- as an index, so a page is read in order instead of sorting every claim.

CREATE INDEX claims_display_order ON claims(document_id DESC, start, id, numeric, attributed);
