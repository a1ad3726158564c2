-- S324 (MySQL/MariaDB): the last index behind a foreign key cannot be dropped
CREATE INDEX posts_user ON posts (user_id);
DROP INDEX posts_user;
