-- Rails 7 migrations with comments: create_table comment:, add_column comment:, change_column_comment and change_table_comment (to nil)
CREATE TABLE "invoices" ("id" bigserial primary key, "user_id" bigint NOT NULL, "number" character varying(40) NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_3d1522a0d8" FOREIGN KEY ("user_id") REFERENCES "users" ("id"));
COMMENT ON TABLE "invoices" IS 'Issued invoices, never deleted';
COMMENT ON COLUMN "invoices"."number" IS 'Sequential, per year';
CREATE INDEX "index_invoices_on_user_id" ON "invoices" ("user_id");
ALTER TABLE "users" ADD "locale" character varying(10) DEFAULT 'en' NOT NULL;
COMMENT ON COLUMN "users"."locale" IS 'BCP 47 language tag';
COMMENT ON COLUMN "users"."email" IS 'Login, unique per account';
COMMENT ON TABLE "invoices" IS NULL;
