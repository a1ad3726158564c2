CREATE TABLE author (
    id INTEGER PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    bio TEXT,
    initials CHAR(3)
);
