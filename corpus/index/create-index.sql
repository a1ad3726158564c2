-- CREATE INDEX on one and several columns, IF NOT EXISTS, USING
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_kind_time ON events (kind, happened_at);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind);
CREATE INDEX events_email_btree ON events USING btree (email);
