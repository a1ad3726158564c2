-- a character that starts no token
CREATE TABLE t (id INTEGER) #;
