-- A STRICT SQLite table has no type holding NUMERIC's values: refused (D430)
ALTER TABLE price ADD COLUMN amount NUMERIC(10,2);
