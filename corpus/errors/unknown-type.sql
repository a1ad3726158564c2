-- an unknown data type
CREATE TABLE t (id INTEGER, born DATETIME);
