-- a missing closing parenthesis
CREATE TABLE t (id INTEGER, name TEXT;
