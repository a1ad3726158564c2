-- UPDATE with several assignments and a WHERE clause
INSERT INTO items (id, name, price) VALUES (1, 'apple', 1), (2, 'pear', 2);
UPDATE items SET price = price * 1.1, tags = 'fruit' WHERE id IN (1, 2) AND active;
UPDATE items SET active = FALSE;
