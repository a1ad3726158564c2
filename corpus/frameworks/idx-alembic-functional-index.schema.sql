CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('5d1e7a2c9b30');
CREATE TABLE member (
    id SERIAL NOT NULL,
    username VARCHAR(60) NOT NULL,
    city VARCHAR(60),
    removed_at TIMESTAMP WITHOUT TIME ZONE,
    PRIMARY KEY (id)
);
