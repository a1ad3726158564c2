CREATE TABLE readings (
    id INTEGER PRIMARY KEY,
    value INTEGER,
    CHECK (value > 0),
    CHECK (value < 100)
);
