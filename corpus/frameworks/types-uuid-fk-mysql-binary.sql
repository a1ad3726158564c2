-- a UUID foreign key cannot reference a MySQL baseline's BINARY(16) or CHAR(32) UUIDs: sqlport writes UUID as CHAR(36), which neither matches (S314 with what to do)
CREATE TABLE "grant" ("id" bigint NOT NULL PRIMARY KEY, "token_id" uuid NOT NULL REFERENCES "legacy_token" ("id"));
CREATE TABLE "grant_hex" ("id" bigint NOT NULL PRIMARY KEY, "token_hex" uuid NOT NULL REFERENCES "legacy_token" ("hexid"));
