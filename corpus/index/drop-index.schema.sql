CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    email TEXT,
    happened_at TIMESTAMP,
    deleted BOOLEAN DEFAULT FALSE,
    payload JSONB
);
