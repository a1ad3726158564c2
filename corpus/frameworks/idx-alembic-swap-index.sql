-- alembic: op.drop_index of a two-column index that leads with a foreign key's column, then op.create_index of its replacement; on MySQL the key's index is created before the drop
BEGIN;

-- Running upgrade 3f2a9c1d7b4e -> 8c4e2b6a1f09

DROP INDEX ix_ticket_project_state;

CREATE INDEX ix_ticket_project_opened ON ticket (project_id, opened_at);

UPDATE alembic_version SET version_num='8c4e2b6a1f09' WHERE alembic_version.version_num = '3f2a9c1d7b4e';

COMMIT;
