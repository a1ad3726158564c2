-- SQLite's primary key is unnamed: DROP CONSTRAINT ballot_pkey resolves it by role, not by name
ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;
