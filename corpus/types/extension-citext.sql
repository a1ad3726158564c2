-- S365: a citext column (the citext extension's case-insensitive text) is refused on every target for now
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE member (id INTEGER PRIMARY KEY, email citext NOT NULL UNIQUE);
