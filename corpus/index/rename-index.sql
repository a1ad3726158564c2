-- ALTER INDEX ... RENAME TO
CREATE INDEX events_k ON events (kind);
ALTER INDEX events_k RENAME TO events_kind;
ALTER INDEX IF EXISTS events_missing RENAME TO events_other;
