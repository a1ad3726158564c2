CREATE TABLE election (id SERIAL PRIMARY KEY);
CREATE TABLE ballot (
    id SERIAL NOT NULL,
    election_id INTEGER,
    created_at TIMESTAMP,
    updated_at TIMESTAMP,
    PRIMARY KEY (id),
    FOREIGN KEY (election_id) REFERENCES election (id) ON DELETE CASCADE
);
