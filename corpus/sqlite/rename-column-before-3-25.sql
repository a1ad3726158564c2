-- RENAME COLUMN for SQLite before 3.25 (no native RENAME COLUMN): one rebuild renames both columns, keeping the index (on the new name), the CHECK and the default; the child whose foreign key names a renamed column is rebuilt to follow it
-- sqlport-options: --sqlite-version 3.24
ALTER TABLE ballot RENAME COLUMN voter TO voter_name;
ALTER TABLE ballot RENAME COLUMN id TO ballot_no;
