CREATE TABLE item (
    id INTEGER PRIMARY KEY,
    qty INTEGER NOT NULL DEFAULT 1,
    price REAL,
    name TEXT,
    total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL,
    label TEXT AS (upper(name) || ' x' || qty) STORED,
    "Twice" INTEGER AS (qty * 2),
    note TEXT
);
CREATE INDEX item_label ON item (label);
