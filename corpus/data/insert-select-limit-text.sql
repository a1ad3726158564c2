-- Where the target orders or writes text otherwise: LIMIT after ORDER BY a text column (other collations pick other rows), a text ORDER BY numbering a serial key, a boolean stored in a text column
INSERT INTO top_people SELECT id, name FROM people ORDER BY name LIMIT 2;
INSERT INTO top_people SELECT id, name FROM people ORDER BY score DESC, id LIMIT 2;
CREATE TABLE ranked (n SERIAL PRIMARY KEY, name TEXT);
INSERT INTO ranked (name) SELECT name FROM people ORDER BY name;
INSERT INTO ranked (n, name) SELECT id + 100, name FROM people ORDER BY name;
INSERT INTO top_people SELECT id, score > 1 FROM people;
