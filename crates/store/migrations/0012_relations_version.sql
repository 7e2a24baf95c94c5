-- Which version of the relating rules computed the stored relations
-- (figures, figure_links, claim_matches, conflicted_claims,
-- related_documents): relations are derived data, so when a newer
-- Claimdesk relates differently it drops them and computes them again
-- (`Store::drop_relations_older_than`). One row. Relations stored before
-- this table existed are version 1.
CREATE TABLE relations_version (
    one     INTEGER PRIMARY KEY CHECK (one = 1),
    version INTEGER NOT NULL
);
INSERT INTO relations_version (one, version) VALUES (1, 1);
