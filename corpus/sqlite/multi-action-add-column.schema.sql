CREATE TABLE voter (
    id SERIAL PRIMARY KEY,
    election_id INTEGER
);
