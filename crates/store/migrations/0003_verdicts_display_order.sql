-- a verdict carries its claim's place in display order, so a status
-- filter reads one page of an index instead of joining and sorting
-- every verdict of that status. Claims never move (they are only
-- inserted and deleted), so the copy is set once, by the trigger, for
-- every writer.

ALTER TABLE verdicts ADD COLUMN document_id INTEGER;
ALTER TABLE verdicts ADD COLUMN start INTEGER;
UPDATE verdicts SET
    document_id = (SELECT c.document_id FROM claims c WHERE c.id = verdicts.claim_id),
    start = (SELECT c.start FROM claims c WHERE c.id = verdicts.claim_id);
CREATE TRIGGER verdicts_display_position AFTER INSERT ON verdicts
BEGIN
    UPDATE verdicts SET
        document_id = (SELECT c.document_id FROM claims c WHERE c.id = new.claim_id),
        start = (SELECT c.start FROM claims c WHERE c.id = new.claim_id)
    WHERE claim_id = new.claim_id;
END;
DROP INDEX verdicts_by_status;
CREATE INDEX verdicts_display_order ON verdicts(status, document_id DESC, start, claim_id);
