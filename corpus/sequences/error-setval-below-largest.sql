-- D476: the next id at or below the largest, which PostgreSQL allows (the next insert then fails) but no AUTO_INCREMENT / rowid counter can be
SELECT setval('category_id_seq', max(id) - 1) FROM category;
