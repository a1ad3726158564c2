-- Rebuilding a parent table must not fire ON DELETE CASCADE: foreign keys off, then PRAGMA foreign_key_check before COMMIT
ALTER TABLE election ALTER COLUMN name SET NOT NULL;
