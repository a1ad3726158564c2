-- DROP TABLE ... CASCADE drops the foreign keys that other tables have to it, not their rows: SQLite rebuilds the child once without both of its keys to the dropped table, keeping its other foreign key, unique key, CHECK, default, indexes (one DESC) and hidden rowids; the grandchild is untouched (MySQL and MariaDB drop the two foreign keys by name)
DROP TABLE author CASCADE;
