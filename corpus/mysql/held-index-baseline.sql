-- a MySQL baseline whose indexes keep keys in hidden columns: they are read into their indexes (not the columns: a positional INSERT names four), and DROP INDEX drops each with its hidden column
INSERT INTO account VALUES (10, 1, 'a@x', NULL);
DROP INDEX account_email_live;
DROP INDEX account_email_ci;
ALTER TABLE account ADD COLUMN account_email_live_key INTEGER;
