-- Django's sqlsequencereset after rows were loaded with their ids: the next id is the largest + 1 (1 on an empty table); MySQL AUTO_INCREMENT, SQLite sqlite_sequence
INSERT INTO category (id, name) VALUES (10, 'ten'), (20, 'twenty');
SELECT setval(pg_get_serial_sequence('"category"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "category";
SELECT setval(pg_get_serial_sequence('"tag"','id'), coalesce(max("id"), 1), max("id") IS NOT null) FROM "tag";
INSERT INTO category (name) VALUES ('next');
INSERT INTO tag (label) VALUES ('next');
