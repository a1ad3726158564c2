-- S369: no such sequence; S370: pg_get_serial_sequence of a column that is not serial (PostgreSQL's setval would do nothing); S372: below 1
SELECT setval('category_seq', 10);
SELECT setval(pg_get_serial_sequence('note', 'id'), (SELECT max(id) FROM note));
SELECT setval(pg_get_serial_sequence('category', 'id'), coalesce(max(id), 0)) FROM category;
SELECT setval('tag_id_seq', 0);
