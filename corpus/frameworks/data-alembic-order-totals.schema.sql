CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);
CREATE TABLE customers (
    id SERIAL NOT NULL,
    name VARCHAR(100) NOT NULL,
    PRIMARY KEY (id)
);
CREATE TABLE orders (
    id SERIAL NOT NULL,
    customer_id INTEGER,
    amount NUMERIC(12, 2),
    PRIMARY KEY (id),
    FOREIGN KEY(customer_id) REFERENCES customers (id)
);
