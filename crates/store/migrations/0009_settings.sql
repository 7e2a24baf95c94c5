-- The newsroom's settings (its name, address, logo, the address of a
-- published review, the language): kept in the database, because a
-- newsroom's database is its organisation. Keys are checked by the
-- application, which knows what each one means.

CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;
