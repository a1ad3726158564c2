-- P210: PostgreSQL syntax the portable language leaves out (a subquery outside INSERT, UPDATE and DELETE)
CREATE TABLE t (id INTEGER CHECK (id IN (SELECT id FROM u)));
