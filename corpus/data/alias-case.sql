-- Aliases that differ only in letter case: two names in PostgreSQL and MariaDB (lower_case_table_names=0), one to SQLite (D460), which would call the reference ambiguous
INSERT INTO node (id, parent_id, depth) VALUES (10, NULL, 0), (11, 10, NULL);
UPDATE node AS n SET depth = "N".depth + 1 FROM node AS "N" WHERE "N".id = n.parent_id AND n.depth IS NULL;
