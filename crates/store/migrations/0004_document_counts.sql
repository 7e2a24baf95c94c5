-- review counts per document, kept current by the writes themselves
-- (triggers), so that the documents list and the totals are read, not
-- counted again, after every verdict. `not_reviewed` is `claims` less the
-- three verdict columns.

CREATE TABLE document_counts (
    document_id  INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    claims       INTEGER NOT NULL DEFAULT 0,
    corroborated INTEGER NOT NULL DEFAULT 0,
    disputed     INTEGER NOT NULL DEFAULT 0,
    unverified   INTEGER NOT NULL DEFAULT 0
);

INSERT INTO document_counts (document_id, claims, corroborated, disputed, unverified)
SELECT d.id,
       (SELECT count(*) FROM claims c WHERE c.document_id = d.id),
       (SELECT count(*) FROM verdicts v WHERE v.document_id = d.id AND v.status = 'corroborated'),
       (SELECT count(*) FROM verdicts v WHERE v.document_id = d.id AND v.status = 'disputed'),
       (SELECT count(*) FROM verdicts v WHERE v.document_id = d.id AND v.status = 'unverified')
FROM documents d;

CREATE TRIGGER document_counts_document AFTER INSERT ON documents
BEGIN INSERT INTO document_counts (document_id) VALUES (new.id); END;

CREATE TRIGGER document_counts_claim_insert AFTER INSERT ON claims
BEGIN UPDATE document_counts SET claims = claims + 1 WHERE document_id = new.document_id; END;

CREATE TRIGGER document_counts_claim_delete AFTER DELETE ON claims
BEGIN UPDATE document_counts SET claims = claims - 1 WHERE document_id = old.document_id; END;

-- A new verdict's own document_id is filled in by another trigger after
-- the insert, so the claim says which document it belongs to.
CREATE TRIGGER document_counts_verdict_insert AFTER INSERT ON verdicts
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated + (new.status = 'corroborated'),
        disputed     = disputed     + (new.status = 'disputed'),
        unverified   = unverified   + (new.status = 'unverified')
    WHERE document_id = (SELECT c.document_id FROM claims c WHERE c.id = new.claim_id);
END;

CREATE TRIGGER document_counts_verdict_update AFTER UPDATE OF status ON verdicts
WHEN old.status IS NOT new.status
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated + (new.status = 'corroborated') - (old.status = 'corroborated'),
        disputed     = disputed     + (new.status = 'disputed')     - (old.status = 'disputed'),
        unverified   = unverified   + (new.status = 'unverified')   - (old.status = 'unverified')
    WHERE document_id = old.document_id;
END;

CREATE TRIGGER document_counts_verdict_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated - (old.status = 'corroborated'),
        disputed     = disputed     - (old.status = 'disputed'),
        unverified   = unverified   - (old.status = 'unverified')
    WHERE document_id = old.document_id;
END;
