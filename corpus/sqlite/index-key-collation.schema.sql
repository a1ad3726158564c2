-- sqlite3 .schema output: an index key with its own collation
CREATE TABLE account (id INTEGER PRIMARY KEY AUTOINCREMENT, email TEXT NOT NULL, region TEXT);
CREATE TABLE sqlite_sequence(name,seq);
CREATE INDEX account_region ON account (region COLLATE NOCASE DESC, email);
