CREATE TABLE ballot (
    id INTEGER NOT NULL,
    seq BIGINT,
    code TEXT
);
