-- TIMESTAMP WITH TIME ZONE on MySQL / MariaDB: DATETIME(p) holding UTC, the script's session in UTC, one D448 warning; now() / CURRENT_TIMESTAMP defaults; retyped both ways without converting stored values
CREATE TABLE event (id SERIAL PRIMARY KEY, at TIMESTAMPTZ NOT NULL DEFAULT now(), seen TIMESTAMP(3) WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP, local_at TIMESTAMP);
ALTER TABLE event ADD COLUMN done_at TIMESTAMP WITH TIME ZONE DEFAULT statement_timestamp() NOT NULL;
ALTER TABLE event ALTER COLUMN local_at TYPE TIMESTAMPTZ USING local_at::TIMESTAMPTZ;
ALTER TABLE event ALTER COLUMN seen TYPE TIMESTAMP(3);
INSERT INTO event (at, local_at) VALUES ('2040-06-01 12:00:00', '1969-12-31 23:59:59.5');
UPDATE event SET seen = now() WHERE seen IS NULL;
