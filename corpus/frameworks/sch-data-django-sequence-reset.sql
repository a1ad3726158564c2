-- Django: a data migration loading rows with their ids (RunSQL), then `manage.py sqlsequencereset catalog` so the next rows follow them, then a row the sequences number
BEGIN;
--
-- Raw SQL operation
--
INSERT INTO "catalog_brand" ("id", "name") VALUES (100, 'Acme'), (205, 'Globex');
INSERT INTO "catalog_item" ("id", "brand_id", "title") VALUES (40, 100, 'Anvil'), (41, 205, 'Rocket');
COMMIT;
BEGIN;
SELECT setval(pg_get_serial_sequence('"catalog_brand"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "catalog_brand";
SELECT setval(pg_get_serial_sequence('"catalog_item"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "catalog_item";
COMMIT;
INSERT INTO "catalog_brand" ("name") VALUES ('Initech');
INSERT INTO "catalog_item" ("brand_id", "title") VALUES (100, 'Spring');
