CREATE TABLE shipment (
    id INTEGER PRIMARY KEY,
    state VARCHAR(20) NOT NULL DEFAULT 'v1',
    carrier TEXT
);
