-- sqlite3 .schema output: the view names the column the migration renames
CREATE TABLE ballot (id INTEGER PRIMARY KEY AUTOINCREMENT, voter TEXT);
CREATE TABLE sqlite_sequence(name,seq);
CREATE VIEW voters AS SELECT DISTINCT voter FROM ballot;
