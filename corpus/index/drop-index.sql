-- DROP INDEX, IF EXISTS, several at once
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_email ON events (email);
CREATE INDEX events_time ON events (happened_at);
DROP INDEX events_kind;
DROP INDEX IF EXISTS events_missing;
DROP INDEX events_email, events_time;
