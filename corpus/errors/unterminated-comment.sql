-- an unterminated block comment
CREATE TABLE t (id INTEGER); /* never closed
