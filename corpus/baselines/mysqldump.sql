-- A mariadb-dump --no-data baseline (version comments, DELIMITER, stand-in views); PostgreSQL output refuses a MySQL baseline
ALTER TABLE voter ADD COLUMN salt BYTEA;
CREATE INDEX voter_election_id ON voter (election_id);
