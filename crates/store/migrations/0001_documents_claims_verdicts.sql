-- documents, claims, verdicts, evidence, the audit log, claim search.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL,
    origin       TEXT,
    publisher    TEXT,
    published_at TEXT,
    imported_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    text         TEXT NOT NULL,
    sha256       TEXT NOT NULL UNIQUE
);

-- start/end are UTF-8 byte offsets into documents.text.
CREATE TABLE claims (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    numeric     INTEGER NOT NULL CHECK (numeric IN (0, 1)),
    attributed  INTEGER NOT NULL CHECK (attributed IN (0, 1)),
    extraction  TEXT NOT NULL,
    CHECK (0 <= start AND start <= end)
);
CREATE INDEX claims_by_document ON claims(document_id, start);

CREATE TABLE verdicts (
    claim_id   INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('corroborated', 'disputed', 'unverified')),
    note       TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
);
CREATE INDEX verdicts_by_status ON verdicts(status);

CREATE TABLE evidence (
    id       INTEGER PRIMARY KEY,
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    url      TEXT NOT NULL,
    title    TEXT NOT NULL DEFAULT '',
    quote    TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX evidence_by_claim ON evidence(claim_id);

-- Append-only: every change of a verdict, undo included, is a new row.
CREATE TABLE verdict_events (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    action     TEXT NOT NULL CHECK (action IN ('set', 'clear', 'undo')),
    old_status TEXT,
    new_status TEXT,
    old_note   TEXT,
    new_note   TEXT,
    undoes     INTEGER REFERENCES verdict_events(id),
    at         TEXT NOT NULL
);
CREATE INDEX verdict_events_by_claim ON verdict_events(claim_id, id);
CREATE UNIQUE INDEX verdict_events_undone_once ON verdict_events(undoes) WHERE undoes IS NOT NULL;
CREATE TRIGGER verdict_events_no_update BEFORE UPDATE ON verdict_events
BEGIN SELECT RAISE(ABORT, 'verdict_events is append-only'); END;

CREATE VIRTUAL TABLE claims_fts USING fts5(
    text, content = 'claims', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims
BEGIN INSERT INTO claims_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims
BEGIN INSERT INTO claims_fts(claims_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
