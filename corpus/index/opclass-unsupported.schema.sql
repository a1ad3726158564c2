CREATE TABLE author (
    id INTEGER PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    tags JSONB
);
