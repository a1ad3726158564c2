ALTER TABLE shop_order ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'new';
UPDATE shop_order SET status = 'placed' WHERE placed_at IS NOT NULL;
