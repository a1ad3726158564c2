CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    region VARCHAR(20),
    CONSTRAINT account_email_key UNIQUE (email)
);
CREATE INDEX account_region ON account (region DESC) WHERE region IS NOT NULL;
