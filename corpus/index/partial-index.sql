-- partial index with a WHERE predicate
CREATE INDEX events_live_kind ON events (kind) WHERE NOT deleted AND happened_at IS NOT NULL;
CREATE UNIQUE INDEX events_live_email ON events (email) WHERE deleted = FALSE;
