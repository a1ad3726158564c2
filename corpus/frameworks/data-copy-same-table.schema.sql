CREATE TABLE prices (
    id SERIAL PRIMARY KEY,
    product VARCHAR(50) NOT NULL,
    region VARCHAR(10) NOT NULL,
    cents INTEGER NOT NULL,
    valid_from DATE
);
