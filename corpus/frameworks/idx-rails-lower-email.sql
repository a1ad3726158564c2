-- Rails: add_index :users, "lower(email)", unique: true, then a case-insensitive lookup index on (account_id, lower(name)) and its removal; a hidden column whose name a user column takes (case ignored)
CREATE TABLE "users" ("id" bigserial primary key, "account_id" bigint, "email" character varying(254) NOT NULL, "name" character varying(100), "Index_Users_On_Lower_Email_Key" integer, "created_at" timestamp(6) NOT NULL, "updated_at" timestamp(6) NOT NULL);
CREATE UNIQUE INDEX "index_users_on_lower_email" ON "users" (lower(email));
INSERT INTO "users" ("account_id", "email", "name", "created_at", "updated_at") VALUES (1, 'Ann@Example.com', 'Ann', '2024-01-01 00:00:00', '2024-01-01 00:00:00'), (1, 'bob@example.com', 'Bob', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
CREATE INDEX "index_users_on_account_id_and_lower_name" ON "users" ("account_id", lower(name));
INSERT INTO "users" VALUES (10, 2, 'cy@example.com', 'Cy', 7, '2024-01-02 00:00:00', '2024-01-02 00:00:00');
DROP INDEX "index_users_on_account_id_and_lower_name";
