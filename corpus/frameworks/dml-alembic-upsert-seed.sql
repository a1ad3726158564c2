-- alembic offline: op.create_table for a settings table, seed rows with INSERT ... ON CONFLICT DO NOTHING (re-runnable seeds), a later revision upserting a changed default with DO UPDATE SET ... = EXCLUDED...
BEGIN;

-- Running upgrade 3c4d5e6f7a8b -> 4d5e6f7a8b9c

CREATE TABLE app_setting (
    name VARCHAR(64) NOT NULL, 
    value TEXT, 
    updated_count INTEGER DEFAULT 0 NOT NULL, 
    PRIMARY KEY (name)
);

INSERT INTO app_setting (name, value) VALUES ('site_title', 'Shop'), ('page_size', '20') ON CONFLICT (name) DO NOTHING;

UPDATE alembic_version SET version_num='4d5e6f7a8b9c' WHERE alembic_version.version_num = '3c4d5e6f7a8b';

-- Running upgrade 4d5e6f7a8b9c -> 5e6f7a8b9c0d

INSERT INTO app_setting (name, value) VALUES ('page_size', '50'), ('currency', 'EUR') ON CONFLICT (name) DO UPDATE SET value = excluded.value, updated_count = app_setting.updated_count + 1;

UPDATE alembic_version SET version_num='5e6f7a8b9c0d' WHERE alembic_version.version_num = '4d5e6f7a8b9c';

COMMIT;
