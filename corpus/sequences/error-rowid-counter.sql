-- D478: SQLite numbers a table without AUTOINCREMENT from its largest rowid; a setval to the largest needs no statement, any other value cannot be set
SELECT setval(pg_get_serial_sequence('plain', 'id'), coalesce(max(id), 1), max(id) IS NOT NULL) FROM plain;
SELECT setval('plain_id_seq', 100);
SELECT setval('counted_id_seq', (SELECT max(id) FROM counted));
