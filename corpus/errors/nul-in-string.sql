-- D401: PostgreSQL cannot store a NUL character in a string
CREATE TABLE t (s TEXT DEFAULT E'a\u0000b');
