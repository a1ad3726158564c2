-- S371: sqlport compiles setval to a constant or to the largest id of the column the sequence numbers
SELECT setval('category_id_seq', (SELECT max(id) FROM tag));
SELECT setval('category_id_seq', (SELECT count(*) FROM category));
SELECT setval('category_id_seq', max(id) * 2) FROM category;
