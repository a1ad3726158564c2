CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
INSERT INTO alembic_version (version_num) VALUES ('3f2a9c1d7b4e');
CREATE TABLE project (id SERIAL NOT NULL, name VARCHAR(80) NOT NULL, PRIMARY KEY (id));
CREATE TABLE ticket (
    id SERIAL NOT NULL,
    project_id INTEGER NOT NULL,
    state VARCHAR(20) NOT NULL,
    opened_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_project FOREIGN KEY(project_id) REFERENCES project (id)
);
CREATE INDEX ix_ticket_project_state ON ticket (project_id, state);
