-- S301: a column that does not exist in the table
ALTER TABLE users DROP COLUMN created_at;
