-- string literals: doubled quotes, E'' escapes, dollar quoting, backslashes, non-ASCII
INSERT INTO t (id, s) VALUES (1, 'it''s');
INSERT INTO t (id, s) VALUES (2, E'tab\there\nnewline \\ backslash \'quote\'');
INSERT INTO t (id, s) VALUES (3, $$dollar 'quoted' text$$);
INSERT INTO t (id, s) VALUES (4, $tag$with $$ inside$tag$);
INSERT INTO t (id, s) VALUES (5, 'C:\path\file');
INSERT INTO t (id, s) VALUES (6, 'naïve café ✓');
