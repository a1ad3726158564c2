-- A pg_dump --schema-only baseline: serial columns, owned sequences, identity, a view; the migration resolves pg_dump's names
ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;
ALTER TABLE ballot ALTER COLUMN id DROP DEFAULT;
ALTER TABLE voter ADD COLUMN salt BYTEA;
CREATE INDEX voter_election_id ON voter (election_id);
ALTER TABLE election ALTER COLUMN name SET DEFAULT 'untitled';
