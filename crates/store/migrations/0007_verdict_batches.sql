-- One action can change the verdicts of several claims (a verdict applied
-- to a claim's confirmed same-claim matches). Its events share `batch`,
-- the id of the batch's first event, so one undo takes the whole action
-- back. A single change has no batch.

ALTER TABLE verdict_events ADD COLUMN batch INTEGER;
CREATE INDEX verdict_events_by_batch ON verdict_events(batch) WHERE batch IS NOT NULL;
