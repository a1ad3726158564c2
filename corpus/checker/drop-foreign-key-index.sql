-- the last index behind a foreign key (MySQL/MariaDB error 1553): the index InnoDB needs is created first (S376)
CREATE INDEX posts_user ON posts (user_id);
DROP INDEX posts_user;
