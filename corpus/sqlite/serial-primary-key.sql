-- SERIAL PRIMARY KEY must be SQLite's INTEGER PRIMARY KEY (the rowid), or inserted ids are NULL; INT PRIMARY KEY must not alias the rowid
CREATE TABLE event (id SERIAL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE version (version INT PRIMARY KEY);
INSERT INTO event (name) VALUES ('created');
