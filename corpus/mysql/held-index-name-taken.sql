-- a new column named as a baseline's hidden key column, case ignored (D489): MySQL would refuse the duplicate column
ALTER TABLE account ADD COLUMN "Account_Email_CI_Key" VARCHAR(10);
ALTER TABLE account RENAME COLUMN tenant TO account_email_live_key;
