-- DELETE with and without WHERE
INSERT INTO items (id, name) VALUES (1, 'apple'), (2, 'pear');
DELETE FROM items WHERE name LIKE 'p%';
DELETE FROM items;
