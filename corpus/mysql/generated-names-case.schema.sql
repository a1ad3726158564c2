CREATE TABLE account (
    id SERIAL PRIMARY KEY,
    email VARCHAR(40),
    n INTEGER,
    CONSTRAINT constraint_1 CHECK (n > 0),
    CONSTRAINT "ACCOUNT_CHK_1" CHECK (n < 1000)
);
CREATE INDEX "Email" ON account (n);
