-- statements outside the portable subset
SELECT * FROM t;
CREATE VIEW v AS SELECT 1;
GRANT ALL ON t TO bob;
