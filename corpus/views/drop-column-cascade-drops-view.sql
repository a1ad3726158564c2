-- DROP COLUMN ... CASCADE takes a migration's view that reads the column along, on every target
CREATE VIEW author_emails AS SELECT id, email FROM author;
ALTER TABLE author DROP COLUMN email CASCADE;
