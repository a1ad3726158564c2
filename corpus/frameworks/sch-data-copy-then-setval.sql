-- hand-written: a new serial table takes the old rows with their numbers (INSERT ... SELECT), then setval('..._id_seq', (SELECT max(id) ...)) so new customers follow
CREATE TABLE customer (id SERIAL PRIMARY KEY, name TEXT NOT NULL);
INSERT INTO customer (id, name) SELECT customer_no, full_name FROM legacy_customer ORDER BY customer_no;
SELECT setval('customer_id_seq', (SELECT max(id) FROM customer));
DROP TABLE legacy_customer;
INSERT INTO customer (name) VALUES ('new customer');
