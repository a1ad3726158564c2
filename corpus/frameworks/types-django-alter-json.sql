-- Django 5.2 AlterField TextField -> JSONField (USING col::jsonb): MySQL / MariaDB retype to JSON, which refuses text that is not JSON as PostgreSQL does; SQLite keeps TEXT unchecked, so it is refused there
BEGIN;
--
-- Alter field raw on account
--
ALTER TABLE "shop_account" ALTER COLUMN "raw" TYPE jsonb USING "raw"::jsonb;
COMMIT;
