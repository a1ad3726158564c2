-- A rebuild keeps partial and DESC indexes, unnamed and named CHECKs, collations, constraint names, defaults and FK actions
CREATE INDEX account_open ON account (owner_id) WHERE kind IS NOT NULL;
ALTER TABLE account ALTER COLUMN balance TYPE BIGINT;
