-- alembic: op.create_index with sa.text('lower(username)') and a soft-delete condition (postgresql_where), then a column drop that takes the index along
BEGIN;

-- Running upgrade 5d1e7a2c9b30 -> a7f3c2e1d8b4

CREATE UNIQUE INDEX ix_member_username_live ON member (lower(username)) WHERE removed_at IS NULL;

CREATE INDEX ix_member_upper_city ON member (upper(city));

UPDATE alembic_version SET version_num='a7f3c2e1d8b4' WHERE alembic_version.version_num = '5d1e7a2c9b30';

COMMIT;

BEGIN;

-- Running upgrade a7f3c2e1d8b4 -> c2b9e4f1a6d7

ALTER TABLE member DROP COLUMN city;

UPDATE alembic_version SET version_num='c2b9e4f1a6d7' WHERE alembic_version.version_num = 'a7f3c2e1d8b4';

COMMIT;
