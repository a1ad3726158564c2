-- Text columns sqlport adds or retypes on latin1 / utf8mb3 tables are utf8mb4; untouched
-- and merely restated columns keep their own character set
ALTER TABLE legacy ADD COLUMN comment TEXT;
ALTER TABLE legacy ADD COLUMN "e`mail" VARCHAR(255) UNIQUE;
ALTER TABLE legacy ADD COLUMN n INTEGER;
ALTER TABLE legacy ALTER COLUMN body TYPE TEXT;
ALTER TABLE legacy ALTER COLUMN title SET NOT NULL;
ALTER TABLE legacy ALTER COLUMN note SET DEFAULT 'n';
ALTER TABLE legacy ALTER COLUMN comment SET DEFAULT 'none';
ALTER TABLE "old utf8" ADD COLUMN tag CHAR(8);
ALTER TABLE "old utf8" ALTER COLUMN label TYPE VARCHAR(60);
CREATE TABLE fresh (id INTEGER PRIMARY KEY, name TEXT);
INSERT INTO legacy (title, comment, "e`mail", body) VALUES ('a', '😀', '😀@x', '😀');
