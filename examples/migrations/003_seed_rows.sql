INSERT INTO customer (email, name, created_at) VALUES
    ('ann@example.com', 'Ann', '2024-01-01 10:00:00+00'),
    ('bob@example.com', 'Bob', '2024-01-02 10:00:00+02');
INSERT INTO shop_order (customer_id, total, placed_at) VALUES (1, 10.50, '2024-01-03 09:00:00Z'), (2, 3.25, NULL);
