-- line comments and nested block comments are skipped
/* a block comment /* with a nested one */ still inside */
INSERT INTO t (id, a) -- trailing comment
VALUES (1, /* inline */ 2);
