-- S308: an index name already used by another object
CREATE INDEX posts_title ON posts (user_id);
