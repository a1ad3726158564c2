-- Dropping, renaming or retyping a column a generated column reads is refused (S332): SQLite cannot drop it, and sqlport does not rewrite the expression's text
ALTER TABLE item DROP COLUMN qty;
ALTER TABLE item RENAME COLUMN price TO unit_price;
ALTER TABLE item ALTER COLUMN price TYPE NUMERIC(10, 2);
ALTER TABLE item RENAME COLUMN total TO amount;
ALTER TABLE item DROP COLUMN "Big", DROP COLUMN total;
