-- S328: a view named `Book` is another name than table `book` in PostgreSQL, the same one in SQLite (one namespace, ASCII case ignored) and MySQL
CREATE VIEW "Book" AS SELECT id, title FROM book;
