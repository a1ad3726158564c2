-- several errors in one file: each is reported, parsing resumes after each ';'
CREATE TABLE a (id INTEGER,);
CREATE TABLE b (id INTEGER);
ALTER TABLE b ADD COLUMN;
DROP TABLE;
