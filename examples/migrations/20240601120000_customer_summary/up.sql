CREATE TABLE customer_summary (
    customer_id BIGINT PRIMARY KEY REFERENCES customer (id),
    label VARCHAR(260) NOT NULL
);
INSERT INTO customer_summary (customer_id, label) SELECT c.id, c.full_name || ' <' || c.email || '>' FROM customer c WHERE c.email LIKE '%@example.com';
