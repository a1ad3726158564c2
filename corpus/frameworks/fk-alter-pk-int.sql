-- Django-shaped AlterField of a referenced primary key (BigAutoField to integer): the through table's key is dropped, both columns retyped, the key added back under Django's new name
BEGIN;
SET CONSTRAINTS "lib_shelf_books_shelf_id_2b8c41f7_fk_lib_shelf_id" IMMEDIATE; ALTER TABLE "lib_shelf_books" DROP CONSTRAINT "lib_shelf_books_shelf_id_2b8c41f7_fk_lib_shelf_id";
ALTER TABLE "lib_shelf" ALTER COLUMN "id" TYPE integer USING "id"::integer;
ALTER TABLE "lib_shelf_books" ALTER COLUMN "shelf_id" TYPE integer USING "shelf_id"::integer;
ALTER TABLE "lib_shelf_books" ADD CONSTRAINT "lib_shelf_books_shelf_id_2b8c41f7_fk" FOREIGN KEY ("shelf_id") REFERENCES "lib_shelf" ("id") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
