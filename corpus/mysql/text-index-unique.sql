-- D413: a unique index on a TEXT column stays refused on MySQL (a prefix would make it compare only the prefix)
CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL, title TEXT);
CREATE UNIQUE INDEX note_body ON note (body);
CREATE INDEX note_body_title ON note (body, title);
