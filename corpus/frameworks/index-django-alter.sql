-- Django 5.2 RemoveIndex, then AlterField adding db_index to a TextField and unique to a CharField: each brings its *_like index
BEGIN;
--
-- Remove index volume_isbn_idx from volume
--
DROP INDEX IF EXISTS "volume_isbn_idx";
--
-- Alter field blurb on volume
--
CREATE INDEX "lib_volume_blurb_3a9e10c4" ON "lib_volume" ("blurb");
CREATE INDEX "lib_volume_blurb_3a9e10c4_like" ON "lib_volume" ("blurb" text_pattern_ops);
--
-- Alter field isbn on volume
--
ALTER TABLE "lib_volume" ADD CONSTRAINT "lib_volume_isbn_77b2d5e0_uniq" UNIQUE ("isbn");
CREATE INDEX "lib_volume_isbn_77b2d5e0_like" ON "lib_volume" ("isbn" varchar_pattern_ops);
COMMIT;
