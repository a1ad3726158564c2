-- DELETE ... USING and a DELETE target alias: a self-join dedupe keeping the lowest id, rows of disabled owners; MySQL / MariaDB write `DELETE a FROM t AS a, ...`, SQLite `WHERE EXISTS (...)`
INSERT INTO owner (id, disabled) VALUES (11, FALSE), (12, TRUE);
INSERT INTO tag (id, label, owner_id) VALUES (11, 'red', 11), (12, 'blue', 11), (13, 'red', 11), (14, 'red', 12), (15, 'green', 12), (16, 'blue', 11);
DELETE FROM tag a USING tag b WHERE a.label = b.label AND a.owner_id = b.owner_id AND a.id > b.id;
DELETE FROM tag USING owner WHERE owner.id = tag.owner_id AND owner.disabled;
DELETE FROM tag AS t WHERE t.owner_id IS NULL;
