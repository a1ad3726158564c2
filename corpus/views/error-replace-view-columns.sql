-- S368: CREATE OR REPLACE VIEW may not rename or drop the view's columns (PostgreSQL's rule)
CREATE VIEW author_list AS SELECT id, name FROM author;
CREATE OR REPLACE VIEW author_list AS SELECT id, email FROM author;
CREATE OR REPLACE VIEW author_list AS SELECT id FROM author;
