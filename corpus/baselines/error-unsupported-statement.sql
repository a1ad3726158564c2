-- B501: a pg_dump statement sqlport cannot read or safely skip (a materialized view) stops the run
ALTER TABLE ballot ADD COLUMN salt BYTEA;
