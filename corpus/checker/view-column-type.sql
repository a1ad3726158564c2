-- S316: PostgreSQL refuses to change the type of a column a view uses
ALTER TABLE accounts ALTER COLUMN balance TYPE BIGINT;
