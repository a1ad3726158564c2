-- DROP COLUMN of an indexed column: SQLite refuses it natively, so the index is dropped first (3.35+) or the table rebuilt
ALTER TABLE person DROP COLUMN email;
