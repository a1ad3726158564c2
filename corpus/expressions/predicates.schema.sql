CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    a INTEGER,
    b INTEGER,
    c INTEGER,
    s TEXT,
    flag BOOLEAN
);
