-- to_char(id, 'FM000...0') becomes printf arithmetic with PostgreSQL's exact result (sign, '#' overflow, NULL), never STRFTIME
ALTER TABLE ballot ALTER COLUMN id TYPE CHAR(8) USING to_char(id, 'FM00000000');
UPDATE ballot SET code = to_char(seq, '0000');
