-- date/time string defaults as PostgreSQL reads them: an offset converted to UTC for timestamptz, dropped for timestamp, a date taken from a timestamp string
ALTER TABLE booking ADD COLUMN created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '2024-01-01 00:00:00+02';
ALTER TABLE booking ALTER COLUMN day SET DEFAULT '2024-06-01 10:00', ALTER COLUMN local_at SET DEFAULT '2024-06-01T10:00:00Z';
