-- CREATE OR REPLACE VIEW keeps the view's columns and adds one at the end (SQLite: DROP VIEW IF EXISTS + CREATE VIEW)
CREATE VIEW author_list AS SELECT id, name FROM author;
CREATE OR REPLACE VIEW author_list AS SELECT id, name, lower(email) AS email FROM author WHERE email IS NOT NULL;
