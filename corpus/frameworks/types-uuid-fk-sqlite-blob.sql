-- a UUID foreign key cannot reference a SQLite baseline's BLOB key: 16 bytes never equal sqlport's CHAR(36) text (S314)
CREATE TABLE project (id UUID NOT NULL PRIMARY KEY, key_id UUID REFERENCES blob_key (id));
