-- From SQLite 3.35 DROP COLUMN drops a generated column natively, STORED as well as VIRTUAL, and the columns it read after it
-- sqlport-options: --sqlite-version 3.35
ALTER TABLE item DROP COLUMN tag;
ALTER TABLE item DROP COLUMN total;
ALTER TABLE item DROP COLUMN price;
ALTER TABLE item RENAME COLUMN qty TO quantity;
