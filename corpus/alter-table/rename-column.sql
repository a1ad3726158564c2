-- RENAME [COLUMN] a TO b
ALTER TABLE users RENAME COLUMN name TO full_name;
ALTER TABLE users RENAME score TO points;
