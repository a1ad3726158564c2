-- DROP IDENTITY [IF EXISTS]: PostgreSQL drops the sequence, MySQL restates the column without AUTO_INCREMENT; SQLite cannot stop numbering its INTEGER PRIMARY KEY (D431)
ALTER TABLE ticket ALTER COLUMN id DROP IDENTITY;
ALTER TABLE ticket ALTER COLUMN id DROP IDENTITY IF EXISTS;
