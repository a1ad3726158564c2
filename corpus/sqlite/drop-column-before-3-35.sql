-- DROP COLUMN for SQLite before 3.35 (no native DROP COLUMN): a rebuild without the column keeps the unique key, the CHECK, the index and the rowid values the child's foreign key points at
-- sqlport-options: --sqlite-version 3.34
ALTER TABLE voter DROP COLUMN nickname;
