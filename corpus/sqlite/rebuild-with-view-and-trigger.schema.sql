-- sqlite3 .schema output of a SQLite database (sqlite_master holds the view and the trigger): a SQLite-only baseline
-- SQLite-dialect baseline: the portable language cannot create views or triggers
CREATE TABLE ballot (id INTEGER NOT NULL, election_id INTEGER, created_at DATETIME, name VARCHAR(255), PRIMARY KEY (id));
CREATE VIEW ballot_count AS SELECT election_id, count(*) AS n FROM ballot GROUP BY election_id;
CREATE TRIGGER ballot_stamp AFTER INSERT ON ballot BEGIN UPDATE ballot SET created_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END;
