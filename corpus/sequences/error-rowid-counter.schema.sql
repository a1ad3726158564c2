-- sqlite3 .schema output: a rowid table without AUTOINCREMENT, and one with it
CREATE TABLE plain (id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE counted (id INTEGER PRIMARY KEY AUTOINCREMENT, body TEXT);
CREATE TABLE sqlite_sequence(name,seq);
