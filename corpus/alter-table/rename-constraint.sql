-- RENAME CONSTRAINT a TO b
ALTER TABLE posts RENAME CONSTRAINT posts_title_check TO posts_title_not_empty;
