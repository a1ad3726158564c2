-- an unterminated dollar-quoted string
INSERT INTO t VALUES ($x$never closed);
