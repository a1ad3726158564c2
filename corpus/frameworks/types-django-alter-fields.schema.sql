CREATE TABLE "shop_account" ("id" uuid NOT NULL PRIMARY KEY, "email" varchar(254) NOT NULL, "bio" varchar(500) NULL, "joined" timestamp NOT NULL, "raw" text NULL);
