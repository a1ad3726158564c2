-- A generated column itself can be renamed (native RENAME COLUMN) and dropped (a rebuild before SQLite 3.35), VIRTUAL and STORED alike
ALTER TABLE item RENAME COLUMN total TO amount;
ALTER TABLE item DROP COLUMN tag;
ALTER TABLE item ADD COLUMN discount REAL DEFAULT 0;
