-- CREATE VIEW over a join: aliases, an unaliased function (PostgreSQL names it `upper`), NULL-aware ORDER BY
CREATE VIEW book_report AS
    SELECT b.id, b.title, a.name AS author, upper(b.title), b.price
    FROM book AS b JOIN author a ON a.id = b.author_id
    WHERE b.price IS NOT NULL
    ORDER BY b.price DESC;
CREATE VIEW cheap_books (book_id, book_title) AS SELECT id, title FROM book WHERE price < 10;
