-- alembic revisions that op.execute() enum changes: ADD VALUE ... AFTER, a data fix using the new label, RENAME VALUE, then a new column of the type
-- Running upgrade 3f2a91c0d4b7 -> 8c1d07e5a2f3

ALTER TYPE orderstatus ADD VALUE IF NOT EXISTS 'REFUNDED' AFTER 'SHIPPED';

UPDATE orders SET status = 'REFUNDED' WHERE status = 'CANCELLED';

UPDATE alembic_version SET version_num='8c1d07e5a2f3' WHERE version_num = '3f2a91c0d4b7';

-- Running upgrade 8c1d07e5a2f3 -> b94e6f1a0c22

ALTER TYPE orderstatus RENAME VALUE 'PAID' TO 'SETTLED';

ALTER TABLE orders ADD COLUMN refund_status orderstatus;

UPDATE alembic_version SET version_num='b94e6f1a0c22' WHERE version_num = '8c1d07e5a2f3';
