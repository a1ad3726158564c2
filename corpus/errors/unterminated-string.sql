-- an unterminated string literal
INSERT INTO t VALUES ('oops);
