-- S356-S359, S361: enum types checked as PostgreSQL 15 checks them
CREATE TYPE twice AS ENUM ('sad', 'ok', 'ok');
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id INTEGER PRIMARY KEY, feeling mood DEFAULT 'glad');
CREATE TABLE person (id INTEGER PRIMARY KEY, other colour);
CREATE TABLE person (id INTEGER PRIMARY KEY, feeling mood);
CREATE TYPE person AS ENUM ('x');
CREATE TYPE mood AS ENUM ('again');
CREATE TABLE mood (id INTEGER);
ALTER TYPE mood ADD VALUE 'ok';
ALTER TYPE mood ADD VALUE 'happy' BEFORE 'glad';
ALTER TYPE mood RENAME VALUE 'fine' TO 'great';
ALTER TYPE mood RENAME VALUE 'sad' TO 'ok';
ALTER TYPE colour ADD VALUE 'red';
ALTER TYPE mood ADD VALUE 'a_label_that_is_much_longer_than_the_sixty_three_bytes_postgresql_allows';
DROP TYPE colour;
ALTER TYPE "Mood" ADD VALUE IF NOT EXISTS 'ok';
CREATE TABLE diary (id INTEGER PRIMARY KEY, feeling mood);
ALTER TABLE diary ALTER COLUMN feeling SET DEFAULT 'Sad';
