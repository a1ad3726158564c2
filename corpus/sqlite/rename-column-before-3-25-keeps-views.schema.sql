-- sqlite3 .schema output: the view and the trigger on ballot name no renamed column
CREATE TABLE ballot (id INTEGER PRIMARY KEY AUTOINCREMENT, voter TEXT NOT NULL COLLATE NOCASE, cast_at DATETIME);
CREATE TABLE sqlite_sequence(name,seq);
CREATE VIEW ballot_count AS SELECT count(*) AS n FROM ballot;
CREATE TRIGGER ballot_stamp AFTER INSERT ON ballot BEGIN UPDATE ballot SET cast_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END;
