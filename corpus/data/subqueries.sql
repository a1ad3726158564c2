-- Subqueries in data statements: IN / NOT IN (a NULL in the set makes NOT IN unknown, as on every engine), EXISTS / NOT EXISTS, scalar and correlated subqueries in SET, WHERE, VALUES and a select list; ORDER BY ... LIMIT 1 with NULLs placed as PostgreSQL places them
INSERT INTO region (id, code) VALUES (11, 'eu'), (12, 'us');
INSERT INTO customer (id, email, region_id) VALUES (11, 'a@x', 11), (12, 'b@x', 12), (13, 'c@x', NULL), (14, 'd@x', 11);
INSERT INTO purchase (id, customer_id, total, placed_on) VALUES (11, 11, 10.50, '2024-01-02'), (12, 11, NULL, '2024-03-01'), (13, 12, 99.00, '2024-02-01'), (14, 14, 5.00, NULL), (15, 14, 7.25, '2024-01-05');
INSERT INTO blocked (customer_id) VALUES (12), (NULL);
UPDATE customer SET orders_count = (SELECT count(*) FROM purchase WHERE purchase.customer_id = customer.id);
UPDATE customer AS c SET last_order_total = (SELECT p.total FROM purchase AS p WHERE p.customer_id = c.id ORDER BY p.placed_on DESC, p.id LIMIT 1);
UPDATE customer SET vip = TRUE WHERE id IN (SELECT customer_id FROM purchase WHERE total > 50);
UPDATE customer SET vip = TRUE WHERE id NOT IN (SELECT customer_id FROM blocked) AND orders_count > 1;
DELETE FROM purchase WHERE NOT EXISTS (SELECT 1 FROM customer WHERE customer.id = purchase.customer_id AND customer.region_id IS NOT NULL);
UPDATE customer SET region_id = (SELECT id FROM region WHERE code = 'eu') WHERE region_id IS NULL AND EXISTS (SELECT 1 FROM region);
INSERT INTO blocked (customer_id) SELECT id FROM customer WHERE id NOT IN (SELECT customer_id FROM purchase WHERE customer_id IS NOT NULL);
