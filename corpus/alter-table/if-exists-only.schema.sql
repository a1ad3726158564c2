CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    email VARCHAR(255) NOT NULL,
    name TEXT,
    age INTEGER DEFAULT 0,
    score TEXT,
    created_at TIMESTAMP
);
CREATE TABLE posts (
    id SERIAL PRIMARY KEY,
    user_id INTEGER CONSTRAINT posts_user_id_fkey REFERENCES users (id),
    title TEXT NOT NULL,
    CONSTRAINT posts_title_check CHECK (title <> '')
);
