-- B504: a dump that refers to a table it never defines
ALTER TABLE ballot ADD COLUMN salt BYTEA;
