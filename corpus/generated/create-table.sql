-- GENERATED ALWAYS AS (expr) STORED in CREATE TABLE: PostgreSQL as written, MySQL / MariaDB `AS (expr) STORED` in their spelling, SQLite the same clause
CREATE TABLE line_item (
    id SERIAL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    quantity INTEGER NOT NULL DEFAULT 1,
    total NUMERIC(12, 2) GENERATED ALWAYS AS (price * quantity) STORED,
    label TEXT GENERATED ALWAYS AS (title || ' x' || quantity) STORED
);
INSERT INTO line_item (title, price, quantity) VALUES ('bolt', 0.25, 8);
