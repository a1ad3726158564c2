-- a reserved word used as a bare table name
CREATE TABLE user (id INTEGER);
