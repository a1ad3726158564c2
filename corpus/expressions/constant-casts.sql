-- constant casts folded to each target's constant: '[]'::jsonb / '{}'::jsonb / '42'::bigint / 'x'::text / '2020-01-01'::date as defaults and values; casts that do nothing on the target (varchar -> text) accepted
CREATE TABLE profile (id BIGINT PRIMARY KEY, nick VARCHAR(40) NOT NULL DEFAULT 'anon'::character varying, tags JSONB NOT NULL DEFAULT '[]'::jsonb, prefs JSON DEFAULT '{}'::json, score BIGINT NOT NULL DEFAULT '42'::bigint, label TEXT DEFAULT 'x'::text, since DATE NOT NULL DEFAULT '2020-01-01'::date);
ALTER TABLE profile ADD COLUMN extra JSONB DEFAULT '{"theme": "dark"}'::jsonb NOT NULL;
ALTER TABLE profile ALTER COLUMN nick TYPE TEXT USING nick::text;
INSERT INTO profile (id, tags, score, since) VALUES (1, '["a", "b"]'::jsonb, '7'::integer, '2024-02-29'::date);
UPDATE profile SET prefs = '{"lang": "de"}'::jsonb, score = score + '1'::integer WHERE id = '1'::bigint;
