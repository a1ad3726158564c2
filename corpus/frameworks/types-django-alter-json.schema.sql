CREATE TABLE "shop_account" ("id" uuid NOT NULL PRIMARY KEY, "raw" text NULL);
