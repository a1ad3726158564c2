CREATE TABLE publisher (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE author (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE book (
    id INTEGER PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    author_id INTEGER CONSTRAINT book_author_fk REFERENCES author (id) ON DELETE CASCADE,
    editor_id INTEGER,
    publisher_id INTEGER REFERENCES publisher (id) ON UPDATE CASCADE,
    price NUMERIC(8, 2) DEFAULT 0 CHECK (price >= 0),
    CONSTRAINT book_title_key UNIQUE (title),
    FOREIGN KEY (editor_id) REFERENCES author (id)
);
CREATE INDEX book_author_idx ON book (author_id DESC, price);
CREATE INDEX book_editor_idx ON book (editor_id);
CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    book_id INTEGER NOT NULL REFERENCES book (id),
    body TEXT
);
