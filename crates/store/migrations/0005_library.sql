-- The library of past fact-checks: imported ClaimReview and CSV items.
-- `url` names an item (as imported); importing it again updates it.

CREATE TABLE library_items (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL UNIQUE,
    claim       TEXT NOT NULL,
    rating      TEXT,
    title       TEXT,
    publisher   TEXT,
    date        TEXT,
    imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
-- The newest change is read before every ranking (is the cached index
-- current?): an index makes that one lookup, not a scan.
CREATE INDEX library_by_imported_at ON library_items(imported_at);
