-- reserved words of MySQL 8.0 / MariaDB (key, rank, offset) in backticks, backticks doubled, backslashes kept in strings
ALTER TABLE "user" ADD COLUMN "offset" INTEGER DEFAULT 0;
INSERT INTO "user" (key, rank, "Mixed", "odd`name") VALUES ('C:\path\it''s', 1, 2, 3);
