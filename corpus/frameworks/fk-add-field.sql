-- Django-shaped AddField of a foreign key to a new model with a varchar key: ADD COLUMN ... REFERENCES ... DEFERRABLE INITIALLY DEFERRED then SET CONSTRAINTS ... IMMEDIATE, and the column's index
BEGIN;
CREATE TABLE "lib_publisher" ("code" varchar(20) NOT NULL PRIMARY KEY);
ALTER TABLE "lib_book" ADD COLUMN "publisher_id" varchar(20) NULL CONSTRAINT "lib_book_publisher_id_3f9a0b12_fk_lib_publisher_code" REFERENCES "lib_publisher"("code") DEFERRABLE INITIALLY DEFERRED; SET CONSTRAINTS "lib_book_publisher_id_3f9a0b12_fk_lib_publisher_code" IMMEDIATE;
CREATE INDEX "lib_book_publisher_id_3f9a0b12" ON "lib_book" ("publisher_id");
COMMIT;
