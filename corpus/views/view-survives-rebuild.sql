-- a SQLite rebuild of a table a migration's view reads keeps the view (legacy_alter_table), as for a baseline's view
CREATE VIEW priced_books AS SELECT id, title, price FROM book WHERE price IS NOT NULL;
ALTER TABLE book ALTER COLUMN title SET DEFAULT 'untitled', ALTER COLUMN price SET NOT NULL;
