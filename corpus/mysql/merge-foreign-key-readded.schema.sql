CREATE TABLE app (id SERIAL PRIMARY KEY, name VARCHAR(40));
CREATE TABLE note (
    id SERIAL PRIMARY KEY,
    app_id INTEGER CONSTRAINT fk REFERENCES app (id),
    owner_id INTEGER CONSTRAINT note_owner_fk REFERENCES app (id)
);
CREATE INDEX note_owner_idx ON note (owner_id);
