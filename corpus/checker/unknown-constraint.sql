-- S303: a constraint that does not exist on the table
ALTER TABLE posts DROP CONSTRAINT posts_nothing_fkey;
