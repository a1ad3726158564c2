-- constant casts as ORMs print defaults and values: '[]'::jsonb, '{}'::json, '42'::bigint, 'x'::text, '2020-01-01'::date
CREATE TABLE preference (id BIGINT PRIMARY KEY, tags JSONB NOT NULL DEFAULT '[]'::jsonb, prefs JSON DEFAULT '{}'::json, score BIGINT NOT NULL DEFAULT '42'::bigint, label TEXT DEFAULT 'x'::text, since DATE NOT NULL DEFAULT '2020-01-01'::date);
INSERT INTO preference (id, tags, score) VALUES ('1'::bigint, '["a"]'::jsonb, '7'::integer);
