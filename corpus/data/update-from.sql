-- UPDATE ... FROM (a backfill joining one row per target row): MySQL / MariaDB write the multiple-table UPDATE, SQLite correlated subqueries (UPDATE FROM only came in 3.33); the target under an alias, a FROM list with a JOIN
INSERT INTO tier (id, active) VALUES (11, TRUE), (12, FALSE);
INSERT INTO plan (id, name, seats, tier_id) VALUES (11, 'free', 1, 11), (12, 'team', 10, 11), (13, 'old', 5, 12);
INSERT INTO account (id, plan_id) VALUES (11, 11), (12, 12), (13, 13), (14, NULL), (15, 12);
UPDATE account SET plan_name = plan.name FROM plan WHERE plan.id = account.plan_id;
UPDATE account AS a SET seats = p.seats + a.seats, plan_name = upper(p.name) FROM plan AS p JOIN tier AS t ON t.id = p.tier_id WHERE p.id = a.plan_id AND t.active;
