CREATE TABLE owner (id SERIAL PRIMARY KEY);
CREATE TABLE account (
    id SERIAL PRIMARY KEY,
    owner_id INTEGER CONSTRAINT account_owner_fk REFERENCES owner (id) ON DELETE SET NULL ON UPDATE CASCADE,
    name VARCHAR(80) COLLATE "C" NOT NULL DEFAULT 'main',
    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance > -1000),
    kind TEXT,
    CONSTRAINT account_kind_known CHECK (kind IN ('checking', 'savings')),
    CONSTRAINT account_name_unique UNIQUE (owner_id, name)
);
CREATE INDEX account_balance_desc ON account (balance DESC, name);
