-- Django: RunSQL creating a reporting view over two models, then RenameField and RenameModel of what it reads: PostgreSQL and SQLite follow, MySQL states the view again
BEGIN;
--
-- Raw SQL operation
--
CREATE VIEW "sales_order_report" AS SELECT o."id", r."name" AS "region", o."total", o."placed_at" FROM "sales_order" o INNER JOIN "sales_region" r ON r."id" = o."region_id";
--
-- Rename field name on region to title
--
ALTER TABLE "sales_region" RENAME COLUMN "name" TO "title";
--
-- Rename field total on order to amount
--
ALTER TABLE "sales_order" RENAME COLUMN "total" TO "amount";
COMMIT;
