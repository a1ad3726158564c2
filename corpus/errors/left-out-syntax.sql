-- P210: PostgreSQL syntax the portable language leaves out
DELETE FROM t WHERE id IN (SELECT id FROM u);
