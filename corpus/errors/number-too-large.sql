-- a length that does not fit in an integer
CREATE TABLE t (name VARCHAR(99999999999999999999));
