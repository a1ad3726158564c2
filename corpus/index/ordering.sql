-- ASC / DESC and NULLS FIRST / LAST on index elements
CREATE INDEX events_recent ON events (happened_at DESC);
CREATE INDEX events_kind_recent ON events (kind ASC, happened_at DESC NULLS LAST);
CREATE INDEX events_email_nulls ON events (email NULLS FIRST);
