-- alembic offline SQL: add_column, then op.execute of CREATE OR REPLACE VIEW adding the new column at the end, then the version stamp
BEGIN;

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

ALTER TABLE account ADD COLUMN display_name VARCHAR(120);

CREATE VIEW active_account AS SELECT id, email FROM account WHERE active;

CREATE OR REPLACE VIEW active_account AS SELECT id, email, coalesce(display_name, email) AS label FROM account WHERE active;

UPDATE alembic_version SET version_num='b2c3d4e5f6a7' WHERE alembic_version.version_num = 'a1b2c3d4e5f6';

COMMIT;
