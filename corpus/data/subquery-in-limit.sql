-- An IN subquery with LIMIT (NULL positions last, as PostgreSQL sorts them): PostgreSQL and SQLite take it; MySQL and MariaDB refuse it (error 1235, D461)
INSERT INTO job (id, state) VALUES (10, 'new'), (11, 'new'), (12, 'new');
INSERT INTO queue (job_id, pos) VALUES (10, NULL), (11, 2), (12, 1);
UPDATE job SET state = 'next' WHERE id IN (SELECT q.job_id FROM queue AS q ORDER BY q.pos, q.job_id LIMIT 2);
