-- statements outside the portable subset
SELECT * FROM t;
CREATE RULE r AS ON INSERT TO t DO NOTHING;
CREATE FUNCTION f() RETURNS int AS 'SELECT 1' LANGUAGE sql;
