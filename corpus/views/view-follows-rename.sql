-- renaming a column and a table a migration's view reads: PostgreSQL and SQLite follow; MySQL's view would break (error 1356), so it is stated again
CREATE VIEW book_report AS SELECT b.id, b.title, a.name AS author FROM book AS b JOIN author AS a ON a.id = b.author_id;
ALTER TABLE author RENAME COLUMN name TO full_name;
ALTER TABLE author RENAME TO writer;
