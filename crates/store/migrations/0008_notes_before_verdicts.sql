-- A note can be written before a verdict: a verdicts row may now have no
-- status (the claim is still "not reviewed", its note is kept). SQLite
-- cannot change a CHECK in place, so the table is rebuilt; its index and
-- triggers are made again, the counts comparing with IS so that a row
-- without a status counts for none of the three verdicts. Writing such a
-- note is a `set` event whose new_status is NULL (verdict_events keeps its
-- CHECK and its rows); the history calls it `note`.

CREATE TABLE verdicts_rebuilt (
    claim_id    INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    status      TEXT CHECK (status IS NULL OR status IN ('corroborated', 'disputed', 'unverified')),
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    document_id INTEGER,
    start       INTEGER
);
INSERT INTO verdicts_rebuilt (claim_id, status, note, updated_at, document_id, start)
SELECT claim_id, status, note, updated_at, document_id, start FROM verdicts;
DROP TABLE verdicts;
ALTER TABLE verdicts_rebuilt RENAME TO verdicts;

CREATE INDEX verdicts_display_order ON verdicts(status, document_id DESC, start, claim_id);

CREATE TRIGGER verdicts_display_position AFTER INSERT ON verdicts
BEGIN
    UPDATE verdicts SET
        document_id = (SELECT c.document_id FROM claims c WHERE c.id = new.claim_id),
        start = (SELECT c.start FROM claims c WHERE c.id = new.claim_id)
    WHERE claim_id = new.claim_id;
END;

CREATE TRIGGER document_counts_verdict_insert AFTER INSERT ON verdicts
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated + (new.status IS 'corroborated'),
        disputed     = disputed     + (new.status IS 'disputed'),
        unverified   = unverified   + (new.status IS 'unverified')
    WHERE document_id = (SELECT c.document_id FROM claims c WHERE c.id = new.claim_id);
END;

CREATE TRIGGER document_counts_verdict_update AFTER UPDATE OF status ON verdicts
WHEN old.status IS NOT new.status
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated + (new.status IS 'corroborated') - (old.status IS 'corroborated'),
        disputed     = disputed     + (new.status IS 'disputed')     - (old.status IS 'disputed'),
        unverified   = unverified   + (new.status IS 'unverified')   - (old.status IS 'unverified')
    WHERE document_id = old.document_id;
END;

CREATE TRIGGER document_counts_verdict_delete AFTER DELETE ON verdicts
BEGIN
    UPDATE document_counts SET
        corroborated = corroborated - (old.status IS 'corroborated'),
        disputed     = disputed     - (old.status IS 'disputed'),
        unverified   = unverified   - (old.status IS 'unverified')
    WHERE document_id = old.document_id;
END;
