-- Django-shaped AlterField widening a referenced varchar primary key: the deferred key is dropped, parent and child columns retyped, the key added back DEFERRABLE INITIALLY DEFERRED
BEGIN;
SET CONSTRAINTS "lib_book_publisher_id_3f9a0b12_fk_lib_publisher_code" IMMEDIATE; ALTER TABLE "lib_book" DROP CONSTRAINT "lib_book_publisher_id_3f9a0b12_fk_lib_publisher_code";
ALTER TABLE "lib_publisher" ALTER COLUMN "code" TYPE varchar(40);
ALTER TABLE "lib_book" ALTER COLUMN "publisher_id" TYPE varchar(40);
ALTER TABLE "lib_book" ADD CONSTRAINT "lib_book_publisher_id_3f9a0b12_fk" FOREIGN KEY ("publisher_id") REFERENCES "lib_publisher" ("code") DEFERRABLE INITIALLY DEFERRED;
COMMIT;
