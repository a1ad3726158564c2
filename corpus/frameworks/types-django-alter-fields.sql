-- Django 5.2 AlterField shapes: CharField -> TextField (USING col::text, nothing to convert), a naive DateTimeField made aware (USING col::timestamp with time zone, PostgreSQL's TimeZone taken as UTC), and a default set the way Django's db_default writes it
BEGIN;
--
-- Alter field bio on account
--
ALTER TABLE "shop_account" ALTER COLUMN "bio" TYPE text USING "bio"::text;
--
-- Alter field email on account
--
ALTER TABLE "shop_account" ALTER COLUMN "email" TYPE text USING "email"::text;
--
-- Alter field joined on account
--
ALTER TABLE "shop_account" ALTER COLUMN "joined" TYPE timestamp with time zone USING "joined"::timestamp with time zone;
ALTER TABLE "shop_account" ALTER COLUMN "joined" SET DEFAULT (STATEMENT_TIMESTAMP());
COMMIT;
