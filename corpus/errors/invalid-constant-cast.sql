-- a constant cast whose literal the type does not accept is PostgreSQL's error on every target (S339): out of range, not an integer, not a date, not JSON
CREATE TABLE setting (id BIGINT PRIMARY KEY DEFAULT '9223372036854775808'::bigint, n INTEGER DEFAULT 'ten'::integer, since DATE DEFAULT '2023-02-29'::date, doc JSONB DEFAULT '{"a": }'::jsonb);
