-- S321: serial is not a type an existing column can be given
ALTER TABLE posts ALTER COLUMN user_id TYPE SERIAL;
