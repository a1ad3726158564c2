-- S367: more column names than columns, an item PostgreSQL would call `?column?`, a name twice
CREATE VIEW v1 (a, b, c) AS SELECT id, name FROM author;
CREATE VIEW v2 AS SELECT id, price * 2 FROM book;
CREATE VIEW v3 AS SELECT b.id, a.id FROM book AS b JOIN author AS a ON a.id = b.author_id;
