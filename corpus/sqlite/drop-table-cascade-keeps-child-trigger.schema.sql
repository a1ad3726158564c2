-- sqlite3 .schema output: views and triggers on the child of the dropped table
CREATE TABLE author (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL);
CREATE TABLE sqlite_sequence(name,seq);
CREATE TABLE book (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL COLLATE NOCASE, author_id INTEGER CONSTRAINT book_author_fk REFERENCES author (id) ON DELETE CASCADE, published DATETIME, CHECK (length(title) > 0));
CREATE INDEX book_author_idx ON book (author_id DESC) WHERE author_id IS NOT NULL;
CREATE UNIQUE INDEX book_title_length ON book (length(title), title);
CREATE TABLE review (id INTEGER PRIMARY KEY, book_id INTEGER NOT NULL REFERENCES book (id), body TEXT);
CREATE VIEW book_titles AS SELECT id, title FROM book;
CREATE VIEW author_names AS SELECT name FROM author;
CREATE TRIGGER book_stamp AFTER INSERT ON book BEGIN UPDATE book SET published = CURRENT_TIMESTAMP WHERE id = NEW.id; END;
CREATE TRIGGER book_author_name AFTER UPDATE OF author_id ON book BEGIN SELECT name FROM author WHERE id = NEW.author_id; END;
