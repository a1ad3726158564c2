CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
CREATE TYPE orderstatus AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED');
CREATE TABLE orders (id SERIAL NOT NULL, status orderstatus NOT NULL DEFAULT 'PENDING', PRIMARY KEY (id));
CREATE TABLE order_events (id SERIAL NOT NULL, order_id INTEGER NOT NULL REFERENCES orders (id), status orderstatus NOT NULL, PRIMARY KEY (id));
