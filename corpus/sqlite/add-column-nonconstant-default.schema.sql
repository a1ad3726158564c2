CREATE TABLE post (
    id SERIAL PRIMARY KEY,
    title TEXT
);
