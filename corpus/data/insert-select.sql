-- INSERT ... SELECT: joins, WHERE, ORDER BY with PostgreSQL's NULL placement, LIMIT, DISTINCT
CREATE TABLE book_summary (id SERIAL PRIMARY KEY, book_id INTEGER NOT NULL, author TEXT, pages INTEGER);
INSERT INTO book_summary (book_id, author, pages)
SELECT b.id, a.name, b.pages FROM books AS b JOIN authors a ON a.id = b.author_id WHERE b.published ORDER BY b.pages DESC, b.id;
INSERT INTO book_summary (book_id, author, pages)
SELECT b.id, a.name, b.pages * 2 FROM books b LEFT JOIN authors a ON a.id = b.author_id ORDER BY a.id NULLS FIRST, 1 LIMIT 2 OFFSET 1;
INSERT INTO book_summary (book_id, author) SELECT DISTINCT author_id, 'n/a' FROM books WHERE author_id IS NOT NULL AND pages > 10;
