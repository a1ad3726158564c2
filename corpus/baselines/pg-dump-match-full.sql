-- A pg_dump baseline whose foreign key is MATCH FULL: the catalog cannot hold it (a later restatement would make it MATCH SIMPLE), so B501 refuses it instead of dropping it
ALTER TABLE child ADD COLUMN extra INTEGER;
