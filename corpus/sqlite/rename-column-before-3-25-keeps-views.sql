-- RENAME COLUMN by rebuild for SQLite 3.24, run on a later SQLite too: the final RENAME TO keeps legacy_alter_table (ignored before 3.25) so the view on the table survives; the trigger is recreated, the AUTOINCREMENT counter carried
-- sqlport-options: --sqlite-version 3.24
ALTER TABLE ballot RENAME COLUMN voter TO voter_name;
