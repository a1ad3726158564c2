-- RENAME TO: the table gets a new name and keeps its constraints
ALTER TABLE posts RENAME TO articles;
ALTER TABLE articles ADD COLUMN body TEXT;
