-- ADD COLUMN ... GENERATED ALWAYS AS (expr) STORED computes the existing rows; SQLite's ADD COLUMN cannot add a STORED column: a rebuild
ALTER TABLE article ADD COLUMN long_read BOOLEAN GENERATED ALWAYS AS (words > 1000) STORED;
