-- S313 (MySQL, MariaDB, SQLite): PostgreSQL's collision-numbered name for one of two unnamed CHECKs is only a guess there
ALTER TABLE readings DROP CONSTRAINT readings_value_check1;
