-- Related claims (RELATED.md), computed when a document is imported and
-- kept: figures (comparable number mentions with their context), links
-- between figures for the same quantity, and same-claim pairs.

CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL,
    -- The related::Figure as JSON: interval fields, noun, unit, context.
    figure      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    value       REAL NOT NULL
);
CREATE INDEX figures_by_claim ON figures(claim_id);
-- Candidates for a new figure: the same kind, values within a factor of two.
CREATE INDEX figures_by_value ON figures(kind, value);

-- a < b; `conflict` when the two intervals do not overlap.
CREATE TABLE figure_links (
    a        INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    b        INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
    reason   TEXT NOT NULL,
    conflict INTEGER NOT NULL CHECK (conflict IN (0, 1)),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX figure_links_by_b ON figure_links(b);

-- a < b, claims of different documents; `confirmed` at the confirm threshold.
CREATE TABLE claim_matches (
    a         INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    b         INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    score     REAL NOT NULL,
    confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
    PRIMARY KEY (a, b),
    CHECK (a < b)
) WITHOUT ROWID;
CREATE INDEX claim_matches_by_b ON claim_matches(b);

-- Documents whose relations were computed (in the same transaction as
-- their figures), so a document left out is found and related later.
CREATE TABLE related_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE
);

-- Claims with a figure that conflicts with another figure for the same
-- quantity, kept by save_relations with the links: the list's Conflicts
-- filter and its badge read one row each (a view over the links cost a
-- scan of every conflicting link per query).
CREATE TABLE conflicted_claims (
    claim_id INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE
);
