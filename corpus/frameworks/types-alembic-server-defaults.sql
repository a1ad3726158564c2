-- alembic 1.x offline SQL (upgrade --sql) for sa.DateTime(timezone=True) with server_default=sa.text('now()'), postgresql.JSONB with server_default=sa.text("'[]'::jsonb"), sa.BigInteger with server_default '0' cast, and the alembic_version bookkeeping
BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 3f2a9c1d4e5b

CREATE TABLE job (
    id BIGSERIAL NOT NULL, 
    name VARCHAR(120) NOT NULL, 
    created_at TIMESTAMP WITH TIME ZONE DEFAULT now() NOT NULL, 
    updated_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP, 
    labels JSONB DEFAULT '[]'::jsonb NOT NULL, 
    options JSONB DEFAULT '{}'::jsonb, 
    attempts BIGINT DEFAULT '0'::bigint NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('3f2a9c1d4e5b');

-- Running upgrade 3f2a9c1d4e5b -> 8b7e6d5c4a3f

ALTER TABLE job ADD COLUMN finished_at TIMESTAMP WITH TIME ZONE;

UPDATE job SET finished_at = now() WHERE finished_at IS NULL AND attempts > '3'::integer;

UPDATE alembic_version SET version_num='8b7e6d5c4a3f' WHERE alembic_version.version_num = '3f2a9c1d4e5b';

COMMIT;
