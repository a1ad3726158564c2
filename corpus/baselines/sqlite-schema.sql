-- A sqlite3 .schema baseline (rowid keys, AUTOINCREMENT, typeless and [bracketed] columns, a trigger); PostgreSQL output refuses a SQLite baseline
ALTER TABLE voter ADD COLUMN salt BYTEA;
CREATE INDEX voter_election_id ON voter (election_id);
