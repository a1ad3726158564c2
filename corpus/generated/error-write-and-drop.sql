-- S330 / S332 for a generated column of a portable baseline: it cannot be written, and the column it reads cannot be dropped or renamed
INSERT INTO article (title, slug) VALUES ('A', 'a');
ALTER TABLE article DROP COLUMN title;
ALTER TABLE article RENAME COLUMN title TO headline;
