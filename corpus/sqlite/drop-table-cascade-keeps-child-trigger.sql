-- DROP TABLE ... CASCADE on a SQLite baseline: the view and the trigger that name the dropped table go first; the child's rebuild keeps its own trigger, its view (legacy_alter_table), its partial DESC index, its unique expression index and its AUTOINCREMENT counter
DROP TABLE author CASCADE;
