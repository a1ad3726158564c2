-- Django-shaped AlterField renaming a foreign key's column (db_column): SET CONSTRAINTS ... IMMEDIATE, drop the key, rename, add the key under its new name
BEGIN;
SET CONSTRAINTS "lib_book_author_id_5e1f0c2a_fk_lib_author_id" IMMEDIATE; ALTER TABLE "lib_book" DROP CONSTRAINT "lib_book_author_id_5e1f0c2a_fk_lib_author_id";
ALTER TABLE "lib_book" RENAME COLUMN "author_id" TO "writer_id";
ALTER TABLE "lib_book" ADD CONSTRAINT "lib_book_writer_id_0d4e7a91_fk_lib_author_id" FOREIGN KEY ("writer_id") REFERENCES "lib_author" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
