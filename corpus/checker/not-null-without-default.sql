-- S312 (warning): a NOT NULL column without a default fails on a table with rows
ALTER TABLE users ADD COLUMN nickname TEXT NOT NULL;
