-- DDL is not transactional: each statement says what is applied after it; --dialect mariadb uses IF [NOT] EXISTS so a re-run completes
CREATE TABLE tag (id SERIAL PRIMARY KEY, name VARCHAR(40) NOT NULL UNIQUE);
ALTER TABLE note ADD COLUMN tag_id INTEGER, ADD COLUMN pinned BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX note_tag ON note (tag_id);
UPDATE note SET pinned = TRUE WHERE body LIKE '%urgent%';
DROP INDEX note_tag;
ALTER TABLE note DROP COLUMN pinned;
