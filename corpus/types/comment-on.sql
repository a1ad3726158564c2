-- COMMENT ON TABLE / COLUMN / IS NULL: PostgreSQL as written, MySQL the table's COMMENT option and the column restated with COMMENT (later restatements keep it), SQLite keeps no comments (noted)
CREATE TABLE "order" (id BIGSERIAL PRIMARY KEY, total NUMERIC(10, 2) NOT NULL DEFAULT 0, note VARCHAR(200));
COMMENT ON TABLE "order" IS 'Customer orders; one row per checkout';
COMMENT ON COLUMN "order".total IS 'gross, in the shop''s currency \ not net';
COMMENT ON COLUMN public."order".note IS 'free text';
ALTER TABLE "order" ALTER COLUMN note SET NOT NULL;
COMMENT ON COLUMN "order".note IS NULL;
ALTER TABLE "order" ALTER COLUMN total DROP NOT NULL;
