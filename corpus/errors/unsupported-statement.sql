-- statements outside the portable subset
SELECT * FROM t;
CREATE VIEW v AS SELECT 1;
CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
