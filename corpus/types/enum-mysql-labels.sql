-- D464: labels MySQL's ENUM cannot keep apart (its collation ignores case and accents; it strips trailing spaces); PostgreSQL and SQLite keep them
CREATE TYPE grade AS ENUM ('a', 'A', 'b');
CREATE TYPE accent AS ENUM ('resume', 'résumé');
CREATE TYPE padded AS ENUM ('x ', 'y');
CREATE TABLE mark (id INTEGER PRIMARY KEY, grade grade, accent accent, padded padded);
