-- ALTER SEQUENCE ... RESTART WITH n of a serial column's sequence: MySQL AUTO_INCREMENT = n, SQLite sqlite_sequence (D477)
ALTER SEQUENCE category_id_seq RESTART WITH 5000;
ALTER SEQUENCE IF EXISTS no_such_seq RESTART;
INSERT INTO category (name) VALUES ('next');
