-- A rebuild keeps partial and DESC indexes, unnamed and named CHECKs, collations, constraint names, defaults and FK actions
ALTER TABLE account ALTER COLUMN balance TYPE BIGINT;
