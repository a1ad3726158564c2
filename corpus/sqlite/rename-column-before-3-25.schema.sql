CREATE TABLE ballot (
    id SERIAL PRIMARY KEY,
    voter VARCHAR(100) NOT NULL,
    rank INTEGER CHECK (rank > 0),
    cast_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ballot_voter ON ballot (voter DESC, rank);
CREATE TABLE receipt (
    id INTEGER PRIMARY KEY,
    ballot_id INTEGER NOT NULL REFERENCES ballot (id) ON DELETE CASCADE,
    issued_at TIMESTAMP
);
