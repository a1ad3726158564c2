-- A type change resets the collation, as PostgreSQL does (S327 warns); COLLATE after the type keeps one
ALTER TABLE login ALTER COLUMN name TYPE VARCHAR(80) COLLATE "C";
ALTER TABLE login ALTER COLUMN nick TYPE VARCHAR(60);
ALTER TABLE login ALTER COLUMN code TYPE VARCHAR(20) COLLATE "default";
