-- What SQLite cannot evaluate as PostgreSQL does is a D43x error at the expression: interval columns, ILIKE, to_char patterns other than zero padding
ALTER TABLE note ADD COLUMN span INTERVAL;
UPDATE note SET body = 'x' WHERE body ILIKE 'a%';
UPDATE note SET body = to_char(id, 'FM999');
