-- Rails enable_extension "pgcrypto" and create_table id: :uuid (DEFAULT gen_random_uuid()): MySQL writes UUID() with D466 (version 1), SQLite has no UUID function (D467)
CREATE EXTENSION IF NOT EXISTS "pgcrypto";
CREATE TABLE "api_tokens" ("id" uuid DEFAULT gen_random_uuid() NOT NULL PRIMARY KEY, "name" character varying(80) NOT NULL, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE TABLE "api_token_uses" ("id" bigserial primary key, "api_token_id" uuid NOT NULL, "used_at" timestamp(6) NOT NULL, CONSTRAINT "fk_rails_9a1f3c7b2e" FOREIGN KEY ("api_token_id") REFERENCES "api_tokens" ("id"));
