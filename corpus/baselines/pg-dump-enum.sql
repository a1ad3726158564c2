-- a pg_dump baseline with an enum type (CREATE TYPE public.granttype AS ENUM), an array of it and COMMENT ON lines: the migration adds a label and a column of the type
ALTER TYPE granttype ADD VALUE 'device_code' AFTER 'implicit';
ALTER TABLE oauth_client ADD COLUMN fallback_grant granttype DEFAULT 'device_code';
