-- A pg_dump baseline whose foreign keys pg_dump wrote DEFERRABLE INITIALLY DEFERRED on ADD CONSTRAINT, under a Django-shaped AlterField
BEGIN;
SET CONSTRAINTS "lib_book_author_id_5e1f0c2a_fk_lib_author_id" IMMEDIATE; ALTER TABLE "lib_book" DROP CONSTRAINT "lib_book_author_id_5e1f0c2a_fk_lib_author_id";
ALTER TABLE "lib_book" ALTER COLUMN "author_id" DROP NOT NULL;
ALTER TABLE "lib_book" ADD CONSTRAINT "lib_book_author_id_5e1f0c2a_fk_lib_author_id" FOREIGN KEY ("author_id") REFERENCES "lib_author" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
