-- S311: a type change PostgreSQL performs only with USING
ALTER TABLE users ALTER COLUMN score TYPE INTEGER;
