-- SET CONSTRAINTS ... DEFERRED of a deferrable key: PostgreSQL as written, SQLite needs no statement (keys checked before COMMIT), MySQL cannot defer (D442)
SET CONSTRAINTS pets_owner_fk DEFERRED;
INSERT INTO owners (id) VALUES (2);
INSERT INTO pets (id, owner_id) VALUES (2, 2);
SET CONSTRAINTS ALL IMMEDIATE;
