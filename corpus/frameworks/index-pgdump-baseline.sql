-- A pg_dump of a Django database as the baseline (its *_like indexes are USING btree (col varchar_pattern_ops)); Django 5.2 AlterField steps on it
BEGIN;
--
-- Alter field title on shelf
--
DROP INDEX IF EXISTS "lib_shelf_title_91d0c3aa";
DROP INDEX IF EXISTS "lib_shelf_title_91d0c3aa_like";
--
-- Alter field blurb on volume
--
CREATE INDEX "lib_volume_blurb_3a9e10c4" ON "lib_volume" ("blurb");
CREATE INDEX "lib_volume_blurb_3a9e10c4_like" ON "lib_volume" ("blurb" text_pattern_ops);
COMMIT;
