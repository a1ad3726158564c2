-- INSERT with and without a column list, several rows
INSERT INTO items VALUES (1, 'apple', 0.5, NULL, TRUE);
INSERT INTO items (id, name) VALUES (2, 'pear'), (3, 'plum');
INSERT INTO items (id, name, price) VALUES (4, 'it''s ' || 'fig', 2 * 1.25);
