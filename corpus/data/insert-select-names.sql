-- INSERT ... SELECT resolves every table and column it names, as PostgreSQL does
INSERT INTO titles SELECT id, title FROM books JOIN authors ON authors.id = books.author_id;
INSERT INTO titles SELECT b.id, books.title FROM books b;
INSERT INTO titles SELECT b.id, b.title FROM books b JOIN books b ON b.id = b.id;
INSERT INTO titles SELECT id, title FROM books ORDER BY 3;
INSERT INTO titles SELECT id, name FROM books;
INSERT INTO titles SELECT b.id, a.nickname FROM books b LEFT JOIN authors a ON a.id = b.author_id;
INSERT INTO titles (book_id, title) SELECT id FROM books;
INSERT INTO titles SELECT id, title FROM chapters;
INSERT INTO titles SELECT id, title FROM books JOIN authors a ON a.id = c.author_id;
