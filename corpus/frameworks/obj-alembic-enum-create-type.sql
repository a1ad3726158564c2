-- alembic offline SQL (upgrade --sql) for sa.Enum with create_type: CREATE TYPE before the table, the column of the type, the version row
BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL,
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3f2a91c0d4b7

CREATE TYPE orderstatus AS ENUM ('PENDING', 'PAID', 'SHIPPED', 'CANCELLED');

CREATE TABLE orders (
    id SERIAL NOT NULL,
    status orderstatus NOT NULL,
    previous_status orderstatus,
    placed_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id)
);

CREATE INDEX ix_orders_status ON orders (status);

INSERT INTO alembic_version (version_num) VALUES ('3f2a91c0d4b7');

COMMIT;
