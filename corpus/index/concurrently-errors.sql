-- P212: DROP INDEX CONCURRENTLY drops one index and takes no CASCADE, as PostgreSQL says
CREATE TABLE author (id INTEGER PRIMARY KEY, handle VARCHAR(40) NOT NULL);
CREATE INDEX author_handle ON author (handle);
CREATE INDEX author_id_handle ON author (id, handle);
DROP INDEX CONCURRENTLY author_handle, author_id_handle;
DROP INDEX CONCURRENTLY author_handle CASCADE;
