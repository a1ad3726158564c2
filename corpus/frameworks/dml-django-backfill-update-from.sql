-- Django: AddField (nullable), RunSQL backfilling it with UPDATE ... FROM a join, then AlterField to NOT NULL; a second RunSQL counts rows with a correlated subquery
BEGIN;
--
-- Add field customer_country to order
--
ALTER TABLE "shop_order" ADD COLUMN "customer_country" varchar(2) NULL;
--
-- Add field order_count to customer
--
ALTER TABLE "shop_customer" ADD COLUMN "order_count" integer DEFAULT 0 NOT NULL;
ALTER TABLE "shop_customer" ALTER COLUMN "order_count" DROP DEFAULT;
--
-- Raw SQL operation
--
INSERT INTO shop_customer (id, name, country, order_count) VALUES (100, 'Ada', 'GB', 0), (101, 'Lin', 'TW', 0);
INSERT INTO shop_order (id, customer_id, amount) VALUES (100, 100, 5), (101, 100, 7), (102, 101, 9);
UPDATE shop_order AS o SET customer_country = c.country FROM shop_customer AS c WHERE c.id = o.customer_id;
--
-- Raw SQL operation
--
UPDATE shop_customer SET order_count = (SELECT count(*) FROM shop_order WHERE shop_order.customer_id = shop_customer.id);
--
-- Alter field customer_country on order
--
ALTER TABLE "shop_order" ALTER COLUMN "customer_country" SET NOT NULL;
COMMIT;
