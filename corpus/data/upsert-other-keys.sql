-- ON CONFLICT on a table with two unique keys: a conflict on the other key is an error in PostgreSQL but taken by MySQL's ON DUPLICATE KEY UPDATE (D457; DO NOTHING without a target skips a conflict on any key in both); SQLite means the same, but its guard cannot count a DO NOTHING over several keys (D459)
INSERT INTO plan (id, code, price) VALUES (10, 'free', 0), (11, 'team', 10) ON CONFLICT DO NOTHING;
INSERT INTO plan (id, code, price) VALUES (12, 'free', 5) ON CONFLICT (code) DO NOTHING;
