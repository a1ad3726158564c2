-- SET CONSTRAINTS ... IMMEDIATE: ALL, one name, a list including a key that is not deferrable and a CHECK (PostgreSQL accepts both and does nothing for them)
SET CONSTRAINTS ALL IMMEDIATE;
SET CONSTRAINTS "pets_owner_fk" IMMEDIATE;
SET CONSTRAINTS pets_owner_fk, pets_vet_fk, pets_id_positive IMMEDIATE;
INSERT INTO owners (id) VALUES (1);
INSERT INTO pets (id, owner_id, vet_id) VALUES (1, 1, 1);
