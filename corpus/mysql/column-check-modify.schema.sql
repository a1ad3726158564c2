CREATE TABLE account (id SERIAL PRIMARY KEY, balance INTEGER NOT NULL DEFAULT 0 CHECK (balance > -1000), kind VARCHAR(10) CHECK (kind IN ('checking', 'savings')));
