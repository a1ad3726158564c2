CREATE TABLE shop_order (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    total NUMERIC(10, 2) NOT NULL DEFAULT 0,
    placed_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX shop_order_customer_id ON shop_order (customer_id);
