-- S319: NOT NULL cannot be dropped from a primary key column
ALTER TABLE users ALTER COLUMN id DROP NOT NULL;
