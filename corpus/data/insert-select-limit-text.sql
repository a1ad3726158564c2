-- LIMIT after ORDER BY a text column: MySQL, MariaDB and SQLite sort text by other collations, so other rows would be copied
INSERT INTO top_people SELECT id, name FROM people ORDER BY name LIMIT 2;
INSERT INTO top_people SELECT id, name FROM people ORDER BY score DESC, id LIMIT 2;
CREATE TABLE ranked (n SERIAL PRIMARY KEY, name TEXT);
INSERT INTO ranked (name) SELECT name FROM people ORDER BY name;
INSERT INTO ranked (n, name) SELECT id + 100, name FROM people ORDER BY name;
