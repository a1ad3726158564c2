-- S362-S364: an extension sqlport does not know, a uuid-ossp function before its extension, dropping an extension a default calls
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE TABLE token (id UUID PRIMARY KEY DEFAULT uuid_generate_v4());
CREATE EXTENSION "uuid-ossp";
CREATE EXTENSION "uuid-ossp";
CREATE TABLE session (id UUID PRIMARY KEY DEFAULT uuid_generate_v4());
DROP EXTENSION "uuid-ossp";
DROP EXTENSION pgcrypto;
