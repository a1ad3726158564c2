-- SQLite table features a rebuild could not recreate (ON CONFLICT, INTEGER PRIMARY KEY DESC, key collations) are refused in the baseline (B501)
ALTER TABLE kv ADD COLUMN n INTEGER;
