CREATE TABLE docs (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL UNIQUE,
    body TEXT,
    price NUMERIC(10, 4),
    blob BYTEA,
    created TIMESTAMP
);
