-- SQLite takes one action per ALTER TABLE: two ADD COLUMNs become two native statements
ALTER TABLE voter ADD COLUMN salt BYTEA, ADD COLUMN ballot_id BYTEA;
