-- shop: authors and their books
CREATE TABLE author (id SERIAL PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(200));
CREATE TABLE book (id SERIAL PRIMARY KEY, author_id INTEGER NOT NULL REFERENCES author (id), title TEXT NOT NULL, price NUMERIC(8,2));
