-- sqlport-options: --mysql-timestamptz timestamp
-- --mysql-timestamptz timestamp: TIMESTAMP WITH TIME ZONE as TIMESTAMP(p), converted by the session time zone, one D488 warning (ends on 2038-01-19); explicit_defaults_for_timestamp for the script; retyped from and to TIMESTAMP
CREATE TABLE session_log (id SERIAL PRIMARY KEY, opened TIMESTAMPTZ NOT NULL DEFAULT now(), closed TIMESTAMP(3) WITH TIME ZONE, local_at TIMESTAMP);
ALTER TABLE session_log ADD COLUMN seen_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE session_log ALTER COLUMN local_at TYPE TIMESTAMPTZ USING local_at::TIMESTAMPTZ;
ALTER TABLE session_log ALTER COLUMN closed TYPE TIMESTAMP(3);
INSERT INTO session_log (opened, local_at) VALUES ('2030-06-01 12:00:00', '1999-12-31 23:59:59.5');
UPDATE session_log SET closed = now() WHERE closed IS NULL;
