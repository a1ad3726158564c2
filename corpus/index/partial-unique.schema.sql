CREATE TABLE account (
    id SERIAL PRIMARY KEY,
    tenant INTEGER NOT NULL,
    email VARCHAR(120) NOT NULL,
    deleted_at TIMESTAMP,
    "Account_Email_Live_Key" INTEGER
);
