-- a USING expression MySQL cannot evaluate exactly is refused, pointing at the sub-expression
ALTER TABLE reading ALTER COLUMN v TYPE VARCHAR(20) USING to_char(v, '999.99');
