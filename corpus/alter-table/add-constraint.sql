-- ADD table constraints: unique, check, foreign key, named and unnamed
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE users ADD CHECK (age >= 0);
ALTER TABLE posts ADD CONSTRAINT posts_title_unique UNIQUE (user_id, title);
ALTER TABLE users ADD COLUMN manager_id INTEGER, ADD FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE SET NULL;
