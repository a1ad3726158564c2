CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('a1b2c3d4e5f6');
CREATE TABLE account (id SERIAL NOT NULL, email VARCHAR(255) NOT NULL, active BOOLEAN NOT NULL, PRIMARY KEY (id));
