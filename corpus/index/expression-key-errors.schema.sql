CREATE TABLE profile (
    id SERIAL PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    about TEXT,
    karma INTEGER
);
