-- DROP TYPE once no column has it, and DROP TYPE IF EXISTS of a type that does not exist (a note)
CREATE TYPE colour AS ENUM ('red', 'green');
CREATE TABLE swatch (id INTEGER PRIMARY KEY, colour colour);
ALTER TABLE swatch DROP COLUMN colour;
DROP TYPE colour;
DROP TYPE IF EXISTS colour;
