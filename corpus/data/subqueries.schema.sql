CREATE TABLE customer (
    id INTEGER PRIMARY KEY,
    email VARCHAR(100) NOT NULL,
    region_id INTEGER,
    vip BOOLEAN NOT NULL DEFAULT FALSE,
    last_order_total NUMERIC(10, 2),
    orders_count INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE region (id INTEGER PRIMARY KEY, code VARCHAR(10) NOT NULL);
CREATE TABLE purchase (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER,
    total NUMERIC(10, 2),
    placed_on DATE
);
CREATE TABLE blocked (customer_id INTEGER);
