CREATE TABLE person (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255),
    name TEXT
);
CREATE INDEX person_email ON person (email);
