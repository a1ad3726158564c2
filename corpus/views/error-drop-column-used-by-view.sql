-- S310 / S316: a column a migration's view reads cannot be dropped without CASCADE nor retyped
CREATE VIEW author_emails AS SELECT id, email FROM author;
ALTER TABLE author DROP COLUMN email;
ALTER TABLE author ALTER COLUMN email TYPE TEXT;
