-- A table split: profile columns copied to a new table, then dropped; the type change before the copy and the NOT NULL after it rebuild `users` on SQLite, in plan order
CREATE TABLE profiles (user_id INTEGER PRIMARY KEY REFERENCES users (id), bio TEXT, website VARCHAR(200), score BIGINT);
ALTER TABLE users ALTER COLUMN score TYPE BIGINT;
INSERT INTO profiles (user_id, bio, website, score) SELECT id, bio, website, score * 10 FROM users WHERE bio IS NOT NULL OR website IS NOT NULL;
ALTER TABLE users DROP COLUMN bio, DROP COLUMN website;
UPDATE users SET email = 'unknown' WHERE email IS NULL;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
