-- A data migration between schema steps: SET CONSTRAINTS ALL IMMEDIATE so the deferred keys are checked before the ALTER TABLE that follows, parents written before their rows
BEGIN;
INSERT INTO "lib_author" ("id", "name") VALUES (900, 'Anonymous');
INSERT INTO "lib_book" ("id", "title", "author_id") VALUES (900, 'Untitled', 900);
SET CONSTRAINTS ALL IMMEDIATE;
ALTER TABLE "lib_book" ADD COLUMN "isbn" varchar(13) NULL;
COMMIT;
