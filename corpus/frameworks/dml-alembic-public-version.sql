-- alembic offline (`alembic upgrade --sql`, version_table_schema='public'): the version table in public, INSERT ... RETURNING (P214: left out), two revisions with op.execute backfills, and UPDATE public.alembic_version ... WHERE public.alembic_version.version_num
BEGIN;

CREATE TABLE public.alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> a1b2c3d4e5f6

CREATE TABLE plan (
    id SERIAL NOT NULL, 
    code VARCHAR(20) NOT NULL, 
    price INTEGER, 
    PRIMARY KEY (id), 
    UNIQUE (code)
);

INSERT INTO plan (id, code, price) VALUES (1, 'free', 0);

INSERT INTO public.alembic_version (version_num) VALUES ('a1b2c3d4e5f6') RETURNING public.alembic_version.version_num;

-- Running upgrade a1b2c3d4e5f6 -> b2c3d4e5f6a7

ALTER TABLE plan ADD COLUMN label VARCHAR(40);

UPDATE plan SET label = code WHERE label IS NULL;

UPDATE public.alembic_version SET version_num='b2c3d4e5f6a7' WHERE public.alembic_version.version_num = 'a1b2c3d4e5f6';

COMMIT;
