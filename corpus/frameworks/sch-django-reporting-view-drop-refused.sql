-- Django: RemoveField of a column the RunSQL reporting view reads: PostgreSQL refuses the drop without CASCADE (S310), so the migration must drop the view first
BEGIN;
--
-- Raw SQL operation
--
CREATE VIEW "sales_order_report" AS SELECT o."id", r."name" AS "region", o."total" FROM "sales_order" o INNER JOIN "sales_region" r ON r."id" = o."region_id";
--
-- Remove field total from order
--
ALTER TABLE "sales_order" DROP COLUMN "total";
COMMIT;
