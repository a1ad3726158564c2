-- A SQLite rebuild restates generated columns (VIRTUAL, STORED, the short form) verbatim and copies only the other columns
ALTER TABLE item ALTER COLUMN note TYPE VARCHAR(40);
ALTER TABLE item ADD CONSTRAINT item_qty_positive CHECK (qty > 0);
ALTER TABLE item ADD COLUMN seen TIMESTAMP;
INSERT INTO item VALUES (10, 2, 1.25, 'ten');
UPDATE item SET qty = 3 WHERE id = 10;
