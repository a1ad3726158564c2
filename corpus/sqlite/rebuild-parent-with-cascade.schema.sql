CREATE TABLE election (
    id SERIAL PRIMARY KEY,
    name VARCHAR(255) DEFAULT 'unnamed'
);
CREATE TABLE voter (
    id SERIAL PRIMARY KEY,
    election_id INTEGER REFERENCES election (id) ON DELETE CASCADE
);
CREATE TABLE ballot (
    id SERIAL PRIMARY KEY,
    election_id INTEGER REFERENCES election (id) ON DELETE CASCADE
);
