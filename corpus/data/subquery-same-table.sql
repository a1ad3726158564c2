-- Subqueries reading the table the statement changes: PostgreSQL and MariaDB (since 10.3.2) read the rows as they were; MySQL refuses them (error 1093: D454); SQLite evaluates an UPDATE row by row, seeing rows it already changed (D456, only where the subquery reads a column the UPDATE sets)
INSERT INTO entry (id, grp, n, label) VALUES (11, 1, 1, 'a'), (12, 1, 2, 'b'), (13, 1, 3, NULL), (14, 2, 10, 'd');
UPDATE entry SET n = (SELECT sum(b.n) FROM entry AS b WHERE b.grp = entry.grp AND b.id < entry.id) + n WHERE grp = 1;
UPDATE entry SET label = 'first' WHERE id IN (SELECT min(e.id) FROM entry AS e WHERE e.grp = entry.grp);
INSERT INTO entry (id, grp, n) VALUES ((SELECT max(id) + 1 FROM entry), 3, 0);
DELETE FROM entry WHERE n < (SELECT max(x.n) FROM entry AS x WHERE x.grp = entry.grp AND x.id <> entry.id);
