-- SET CONSTRAINTS ALL DEFERRED where no key is deferrable: PostgreSQL defers nothing, so MySQL and SQLite need no statement
SET CONSTRAINTS ALL DEFERRED;
INSERT INTO owners (id) VALUES (3);
