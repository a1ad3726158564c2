-- B502: a column clause the PostgreSQL dump loader does not understand, reported at its place
ALTER TABLE ballot ADD COLUMN salt BYTEA;
