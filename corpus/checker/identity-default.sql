-- S320: an identity column's default cannot be set
ALTER TABLE posts ALTER COLUMN id SET DEFAULT 7;
