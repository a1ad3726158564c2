CREATE TABLE note (
    id SERIAL PRIMARY KEY,
    body TEXT
);
