-- INSERT ... ON CONFLICT on the table's one unique key: DO NOTHING (with and without a target) and DO UPDATE with EXCLUDED; MySQL / MariaDB write ON DUPLICATE KEY UPDATE (never INSERT IGNORE, which also hides other errors), SQLite its own ON CONFLICT
INSERT INTO setting (name, value) VALUES ('theme', 'dark'), ('lang', 'en') ON CONFLICT DO NOTHING;
INSERT INTO setting (name, value) VALUES ('theme', 'light'), ('tz', 'UTC'), ('tz', 'CET') ON CONFLICT (name) DO NOTHING;
INSERT INTO setting (name, value) VALUES ('theme', 'light'), ('font', 'mono') ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value, hits = setting.hits + 1;
