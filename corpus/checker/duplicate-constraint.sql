-- S307: a constraint name already used on its table
ALTER TABLE users ADD CONSTRAINT users_email_key CHECK (email <> '');
