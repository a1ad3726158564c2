CREATE TABLE election (
	id INTEGER NOT NULL, 
	"key" VARCHAR(255) NOT NULL, 
	name VARCHAR(255), 
	created_at DATETIME, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE ("key")
);
CREATE TABLE user (
	id INTEGER NOT NULL, 
	username VARCHAR(255), 
	name VARCHAR(255), 
	token VARCHAR(255), 
	token_expires_at DATETIME, 
	created_at DATETIME, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	UNIQUE (username)
);
CREATE TABLE ballot (
	id INTEGER NOT NULL, 
	election_id INTEGER, 
	rank INTEGER, 
	candidate VARCHAR(255) NOT NULL, 
	voter VARCHAR(255) NOT NULL, 
	created_at DATETIME, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE
);
CREATE TABLE request (
	id INTEGER NOT NULL, 
	user_id INTEGER, 
	election_id INTEGER, 
	name VARCHAR(255), 
	email VARCHAR(255), 
	chat VARCHAR(255), 
	description TEXT, 
	comments TEXT, 
	reviewed BOOLEAN, 
	created_at DATETIME, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE, 
	FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE, 
	CHECK (reviewed IN (0, 1))
);
CREATE TABLE voter (
	id INTEGER NOT NULL, 
	user_id INTEGER, 
	election_id INTEGER, 
	created_at DATETIME, 
	updated_at DATETIME, 
	PRIMARY KEY (id), 
	FOREIGN KEY(user_id) REFERENCES user (id) ON DELETE CASCADE, 
	FOREIGN KEY(election_id) REFERENCES election (id) ON DELETE CASCADE
);
CREATE INDEX ballot_voter_ranked ON ballot (voter) WHERE rank IS NOT NULL;
CREATE INDEX ballot_rank_desc ON ballot (rank DESC, candidate);
CREATE VIEW ballot_counts AS SELECT election_id, count(*) AS n FROM ballot GROUP BY election_id
/* ballot_counts(election_id,n) */;
CREATE TRIGGER ballot_touch AFTER INSERT ON ballot BEGIN UPDATE election SET updated_at = '2000-01-01 00:00:00' WHERE id = NEW.election_id; END;
CREATE TABLE [log] (id INTEGER PRIMARY KEY AUTOINCREMENT, `msg` TEXT DEFAULT 'none' COLLATE NOCASE, payload, at DATETIME DEFAULT CURRENT_TIMESTAMP);
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE kv (k TEXT PRIMARY KEY, v BLOB) WITHOUT ROWID;
