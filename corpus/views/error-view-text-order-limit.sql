-- D475: a view whose LIMIT keeps the rows a text ORDER BY puts first would show other rows where text sorts by another collation
CREATE VIEW first_titles AS SELECT id, title FROM book ORDER BY title LIMIT 10;
CREATE VIEW newest_books AS SELECT id, title FROM book ORDER BY id DESC LIMIT 10;
