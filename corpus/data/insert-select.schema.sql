CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    email VARCHAR(100)
);
CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES authors (id),
    title TEXT NOT NULL,
    pages INTEGER,
    published BOOLEAN NOT NULL DEFAULT FALSE
);
