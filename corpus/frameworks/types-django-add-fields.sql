-- Django 5.2 sqlmigrate of AddField on a table with rows: auto_now_add's one-off timestamptz constant, JSONField(default=dict / list) as '{}'::jsonb / '[]'::jsonb, TextField(default=''), each default dropped after the rows are filled; db_default=Now() kept as STATEMENT_TIMESTAMP()
BEGIN;
--
-- Add field created to event
--
ALTER TABLE "shop_event" ADD COLUMN "created" timestamp with time zone DEFAULT '2026-12-04T20:04:45.566776+00:00'::timestamptz NOT NULL;
ALTER TABLE "shop_event" ALTER COLUMN "created" DROP DEFAULT;
--
-- Add field logged to event
--
ALTER TABLE "shop_event" ADD COLUMN "logged" timestamp with time zone DEFAULT (STATEMENT_TIMESTAMP()) NOT NULL;
--
-- Add field meta to event
--
ALTER TABLE "shop_event" ADD COLUMN "meta" jsonb DEFAULT '{}'::jsonb NOT NULL;
ALTER TABLE "shop_event" ALTER COLUMN "meta" DROP DEFAULT;
--
-- Add field note to event
--
ALTER TABLE "shop_event" ADD COLUMN "note" text DEFAULT '' NOT NULL;
ALTER TABLE "shop_event" ALTER COLUMN "note" DROP DEFAULT;
--
-- Add field tags to event
--
ALTER TABLE "shop_event" ADD COLUMN "tags" jsonb DEFAULT '[]'::jsonb NOT NULL;
ALTER TABLE "shop_event" ALTER COLUMN "tags" DROP DEFAULT;
COMMIT;
