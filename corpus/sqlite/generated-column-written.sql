-- An INSERT or UPDATE that gives a generated column a value is refused (S330), as SQLite and PostgreSQL refuse it
INSERT INTO item (id, qty, total) VALUES (1, 2, 3.0);
INSERT INTO item VALUES (2, 1, 1.5, 1.5);
UPDATE item SET tag = 'x' WHERE id = 1;
INSERT INTO item VALUES (3, 1, 1.5);
