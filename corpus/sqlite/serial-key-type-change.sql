-- a serial key changed to BIGINT stays the rowid (written INTEGER, 64-bit in SQLite) so new rows are still numbered
ALTER TABLE item ALTER COLUMN id TYPE BIGINT;
INSERT INTO item (qty) VALUES (5);
