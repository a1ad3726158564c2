-- a PostgreSQL collation MySQL has no name for is refused (D424), saying what to write instead
CREATE TABLE person (id INTEGER PRIMARY KEY, name VARCHAR(40) COLLATE "de_DE");
