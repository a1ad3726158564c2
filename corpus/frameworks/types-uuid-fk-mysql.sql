-- a UUID foreign key (as Django writes a ForeignKey to a UUIDField key) referencing a MySQL baseline's CHAR(36) key in sqlport's collation: stored alike, so the key is kept
CREATE TABLE "project" ("id" uuid NOT NULL PRIMARY KEY, "title" varchar(200) NOT NULL, "workspace_id" uuid NOT NULL, "created" timestamp with time zone NOT NULL);
ALTER TABLE "project" ADD CONSTRAINT "project_workspace_id_fk_workspace_id" FOREIGN KEY ("workspace_id") REFERENCES "workspace" ("id");
CREATE INDEX "project_workspace_id_idx" ON "project" ("workspace_id");
