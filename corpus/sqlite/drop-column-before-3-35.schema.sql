CREATE TABLE voter (
    id SERIAL PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    nickname TEXT,
    born DATE,
    CONSTRAINT voter_email_key UNIQUE (email),
    CHECK (born > '1900-01-01')
);
CREATE INDEX voter_born ON voter (born DESC);
CREATE TABLE vote (
    id INTEGER PRIMARY KEY,
    voter_id INTEGER REFERENCES voter (id) ON DELETE SET NULL,
    choice TEXT NOT NULL
);
