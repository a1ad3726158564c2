-- statements outside the portable subset
SELECT * FROM t;
CREATE RULE r AS ON INSERT TO t DO NOTHING;
GRANT ALL ON t TO bob;
