-- S314: a foreign key that matches no key of the referenced table
ALTER TABLE posts ADD FOREIGN KEY (title) REFERENCES users (name);
