-- S325: a table name where an index is expected
DROP INDEX users;
