CREATE TABLE member (
    id SERIAL PRIMARY KEY,
    handle VARCHAR(40) NOT NULL,
    bio TEXT,
    left_on DATE,
    active BOOLEAN NOT NULL DEFAULT TRUE
);
