-- CREATE / DROP INDEX CONCURRENTLY: PostgreSQL runs them outside the transaction (said in the header); other databases write plain index statements
CREATE INDEX CONCURRENTLY author_handle ON author (handle);
ALTER TABLE author ADD COLUMN joined DATE;
UPDATE author SET joined = '2024-01-01' WHERE joined IS NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS author_joined ON author (joined) WHERE joined IS NOT NULL;
DROP INDEX CONCURRENTLY IF EXISTS author_handle;
