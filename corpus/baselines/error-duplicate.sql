-- B505: a table defined twice in a dump
ALTER TABLE ballot ADD COLUMN salt BYTEA;
