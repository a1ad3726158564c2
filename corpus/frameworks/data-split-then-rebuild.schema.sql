CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200),
    bio TEXT,
    website VARCHAR(200),
    score INTEGER
);
