-- setval('seq', (SELECT max(id) FROM t)): the largest + 1; a NULL largest (no rows) leaves the sequence as it was
INSERT INTO tag (id, label) VALUES (41, 'forty-one');
SELECT setval('tag_id_seq', (SELECT max(id) FROM tag));
SELECT setval('public.category_id_seq'::regclass, (SELECT coalesce(max(id), 0) + 1 FROM category), false);
INSERT INTO tag (label) VALUES ('next');
INSERT INTO category (name) VALUES ('next');
