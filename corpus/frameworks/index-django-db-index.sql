-- Django 5.2 AlterField adding db_index=True to a CharField (EmailField) and a fixed-width char column: the plain index and its *_like twin
BEGIN;
--
-- Alter field email on contact
--
CREATE INDEX "crm_contact_email_1f2b3c4d" ON "crm_contact" ("email");
CREATE INDEX "crm_contact_email_1f2b3c4d_like" ON "crm_contact" ("email" varchar_pattern_ops);
--
-- Alter field ref on contact
--
CREATE INDEX "crm_contact_ref_9a8b7c6d" ON "crm_contact" ("ref");
CREATE INDEX "crm_contact_ref_9a8b7c6d_like" ON "crm_contact" ("ref" bpchar_pattern_ops);
--
-- Alter field city on contact
--
CREATE INDEX "crm_contact_city_5e6f7a8b" ON "crm_contact" ("city");
CREATE INDEX "crm_contact_city_5e6f7a8b_like" ON "crm_contact" ("city" varchar_pattern_ops);
COMMIT;
