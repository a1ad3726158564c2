-- Django 5.2 AddIndexConcurrently / RemoveIndexConcurrently (a non-atomic migration: no BEGIN) next to an ordinary AddField
--
-- Concurrently create index contact_email_idx on field(s) email of model contact
--
CREATE INDEX CONCURRENTLY "contact_email_idx" ON "crm_contact" ("email");
--
-- Add field note to contact
--
ALTER TABLE "crm_contact" ADD COLUMN "note" varchar(100) DEFAULT '' NOT NULL;
ALTER TABLE "crm_contact" ALTER COLUMN "note" DROP DEFAULT;
--
-- Concurrently remove index contact_city_idx from contact
--
DROP INDEX CONCURRENTLY IF EXISTS "contact_city_idx";
