CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    price NUMERIC(10, 2),
    tags TEXT,
    active BOOLEAN DEFAULT TRUE
);
