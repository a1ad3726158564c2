CREATE TABLE owners (id INTEGER PRIMARY KEY);
CREATE TABLE pets (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER CONSTRAINT pets_owner_fk REFERENCES owners (id) DEFERRABLE INITIALLY DEFERRED,
    vet_id INTEGER CONSTRAINT pets_vet_fk REFERENCES owners (id),
    CONSTRAINT pets_id_positive CHECK (id > 0)
);
