-- DROP VIEW [IF EXISTS] a, b [CASCADE]: a view the migration created, and one that is not there
CREATE VIEW author_names AS SELECT name FROM author;
CREATE VIEW book_titles AS SELECT title FROM book;
DROP VIEW author_names, book_titles RESTRICT;
DROP VIEW IF EXISTS author_names CASCADE;
