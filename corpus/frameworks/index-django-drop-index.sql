-- Django 5.2 AlterField removing unique and db_index: the constraint or index goes, then its *_like twin with DROP INDEX IF EXISTS
BEGIN;
--
-- Alter field code on shelf
--
ALTER TABLE "lib_shelf" DROP CONSTRAINT "lib_shelf_code_key";
DROP INDEX IF EXISTS "lib_shelf_code_4be7a1c2_like";
--
-- Alter field title on shelf
--
DROP INDEX IF EXISTS "lib_shelf_title_91d0c3aa";
DROP INDEX IF EXISTS "lib_shelf_title_91d0c3aa_like";
--
-- Alter field notes on shelf
--
DROP INDEX IF EXISTS "lib_shelf_notes_0f3e5b21";
DROP INDEX IF EXISTS "lib_shelf_notes_0f3e5b21_like";
COMMIT;
