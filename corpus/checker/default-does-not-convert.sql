-- S315: the column's default does not convert to the new type
ALTER TABLE users ALTER COLUMN born TYPE INTEGER USING 0;
