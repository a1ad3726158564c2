-- S323: DROP INDEX of the index behind a unique constraint
DROP INDEX users_email_key;
