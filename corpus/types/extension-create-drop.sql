-- CREATE / DROP EXTENSION for the extensions sqlport knows: PostgreSQL as written; MySQL and SQLite have none and need no statement (noted)
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE api_key (id INTEGER PRIMARY KEY, label VARCHAR(40) NOT NULL);
DROP EXTENSION IF EXISTS "uuid-ossp";
