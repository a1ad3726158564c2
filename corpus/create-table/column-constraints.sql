-- every column constraint, named and unnamed
CREATE TABLE accounts (
    id INTEGER CONSTRAINT accounts_pk PRIMARY KEY,
    email VARCHAR(320) NOT NULL UNIQUE,
    nickname TEXT NULL,
    status TEXT NOT NULL DEFAULT 'active' CONSTRAINT status_known CHECK (status IN ('active', 'disabled')),
    balance NUMERIC(12, 2) DEFAULT 0 CHECK (balance >= 0),
    login TEXT COLLATE "C" CONSTRAINT login_unique UNIQUE,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
