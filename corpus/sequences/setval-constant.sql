-- setval to a constant (is_called true: the next id is n + 1; false: n); D477: the target takes it only if no row holds n or more
SELECT setval('category_id_seq', 1000);
SELECT setval('tag_id_seq', 500, false);
INSERT INTO category (name) VALUES ('next');
INSERT INTO tag (label) VALUES ('next');
