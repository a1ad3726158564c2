-- S302: a table that does not exist
ALTER TABLE ballots ADD COLUMN x INTEGER;
