-- L110: a number running straight into letters
INSERT INTO t VALUES (12abc);
