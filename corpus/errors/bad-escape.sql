-- a bad escape in an E'' string
INSERT INTO t VALUES (E'bad \xZZ \u12');
