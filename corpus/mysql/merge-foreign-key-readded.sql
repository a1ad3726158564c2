-- a foreign key dropped and added again under its name (also by a change of case) needs two MySQL statements (errno 121); other clauses still share one
ALTER TABLE note DROP CONSTRAINT fk, ALTER COLUMN app_id SET NOT NULL,
    ADD CONSTRAINT fk FOREIGN KEY (app_id) REFERENCES app (id) ON DELETE CASCADE;
ALTER TABLE note DROP CONSTRAINT note_owner_fk;
ALTER TABLE note ADD CONSTRAINT "NOTE_OWNER_FK" FOREIGN KEY (owner_id) REFERENCES app (id);
