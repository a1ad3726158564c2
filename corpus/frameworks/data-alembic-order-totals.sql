-- alembic offline (`alembic upgrade --sql`): op.create_table, then op.execute copying rows through a LEFT JOIN
BEGIN;

-- Running upgrade 1f0c2b7a9d3e -> 5d2e8a41c7b0

CREATE TABLE order_totals (
    order_id SERIAL NOT NULL, 
    customer_name VARCHAR(100), 
    total NUMERIC(12, 2), 
    PRIMARY KEY (order_id)
);

INSERT INTO order_totals (order_id, customer_name, total) SELECT o.id, c.name, o.amount FROM orders o LEFT JOIN customers c ON c.id = o.customer_id;

UPDATE alembic_version SET version_num='5d2e8a41c7b0' WHERE alembic_version.version_num = '1f0c2b7a9d3e';

COMMIT;
