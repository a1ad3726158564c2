-- default expressions: literals, negative numbers, casts, functions, the current date and time with PostgreSQL's precision
CREATE TABLE defaults_demo (
    id INTEGER PRIMARY KEY,
    a INTEGER DEFAULT -1,
    b NUMERIC(6, 2) DEFAULT 1.5,
    c DOUBLE PRECISION DEFAULT 2.5e3,
    d BOOLEAN DEFAULT TRUE,
    e VARCHAR(10) DEFAULT 'it''s',
    f DATE DEFAULT CURRENT_DATE,
    g TIME DEFAULT CURRENT_TIME,
    h TIMESTAMP DEFAULT now(),
    i TEXT DEFAULT NULL,
    j INTEGER DEFAULT (2 + 3) * 4,
    k TEXT DEFAULT lower('ABC'),
    l BIGINT DEFAULT '42'::BIGINT
);
INSERT INTO defaults_demo (id) VALUES (1);
