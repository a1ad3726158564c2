-- The SQLite guard finds any failed step under a shell without -bail: each written table and index is checked by its stored text, each data statement by the rows it changed, a rebuilt AUTOINCREMENT counter by its old value
ALTER TABLE x ALTER COLUMN label TYPE TEXT;
CREATE INDEX y_note ON y (note);
INSERT INTO x (id, label, qty) VALUES (3, 'c', 3);
UPDATE y SET note = 'changed' WHERE x_id = 2;
DELETE FROM y WHERE id = 1;
