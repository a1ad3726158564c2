-- S306: a column name already used in its table
ALTER TABLE users ADD COLUMN email TEXT;
