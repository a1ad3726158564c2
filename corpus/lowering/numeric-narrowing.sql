-- D434 (SQLite): a type change SQLite cannot convert exactly (rounding NUMERIC(10,4) to NUMERIC(6,1))
ALTER TABLE docs ALTER COLUMN price TYPE NUMERIC(6, 1);
