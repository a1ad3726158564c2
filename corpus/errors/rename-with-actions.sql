-- RENAME combined with another action
ALTER TABLE t RENAME COLUMN a TO b, ADD COLUMN c INTEGER;
