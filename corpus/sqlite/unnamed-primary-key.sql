-- SQLite's primary key is unnamed: DROP CONSTRAINT ballot_pkey resolves it by role, not by name; DROP DEFAULT ends the serial's numbering, which SQLite could keep only as the key
ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;
ALTER TABLE ballot ALTER COLUMN id DROP DEFAULT;
