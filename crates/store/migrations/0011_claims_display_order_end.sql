-- A claim's end joins the list's index: with it the index holds every
-- column a list line needs but the text, which is cut from the document's
-- (listing/briefs.rs), so `claimdesk list` never looks a claim's row up.

DROP INDEX claims_display_order;
CREATE INDEX claims_display_order ON claims(document_id DESC, start, id, numeric, attributed, end);
