CREATE TABLE member (
    id SERIAL PRIMARY KEY,
    age INTEGER NOT NULL DEFAULT 18 CHECK (age > 0),
    lo INTEGER CHECK (lo < hi),
    hi INTEGER,
    nick VARCHAR(20) CHECK (nick <> '')
);
