-- default expressions: literals, negative numbers, casts, functions, special values
CREATE TABLE defaults_demo (
    a INTEGER DEFAULT -1,
    b NUMERIC DEFAULT 1.5,
    c DOUBLE PRECISION DEFAULT 2.5e3,
    d BOOLEAN DEFAULT TRUE,
    e TEXT DEFAULT 'it''s',
    f DATE DEFAULT CURRENT_DATE,
    g TIME DEFAULT CURRENT_TIME,
    h TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    i TEXT DEFAULT NULL,
    j INTEGER DEFAULT (2 + 3) * 4,
    k TEXT DEFAULT lower('ABC'),
    l BIGINT DEFAULT '42'::BIGINT,
    m VARCHAR(10) DEFAULT CAST(7 AS VARCHAR(10))
);
