-- COLLATE "C" (code-point order) is utf8mb4_nopad_bin on MariaDB, utf8mb4_bin with a D424 warning on MySQL; MODIFY restates it
CREATE TABLE login (id SERIAL PRIMARY KEY, name VARCHAR(40) COLLATE "C" NOT NULL UNIQUE);
ALTER TABLE login ALTER COLUMN name TYPE VARCHAR(80) COLLATE "C";
