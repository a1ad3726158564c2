-- bytes that are not UTF-8
CREATE TABLE t (name TEXT DEFAULT 'café');
