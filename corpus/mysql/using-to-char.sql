-- USING to_char(...) must convert through a temporary column, not a bare MODIFY (ids would become '1')
ALTER TABLE ticket ALTER COLUMN code TYPE CHAR(6) USING to_char(code, 'FM000000');
