-- S329: names the target cannot hold: a trailing space or a character outside the BMP on MySQL / MariaDB, `sqlite_` on SQLite, a foreign key name MySQL would make too long
CREATE TABLE "spaced " (id INTEGER PRIMARY KEY);
CREATE TABLE emoji (id INTEGER PRIMARY KEY, "mood😀" TEXT);
CREATE TABLE sqlite_things (id INTEGER PRIMARY KEY);
CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE INDEX "SQLITE_t_id" ON t (id);
CREATE TABLE a_table_name_of_sixty_characters_which_is_fine_everywhere_x (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t (id));
ALTER TABLE t ADD CONSTRAINT "primary" UNIQUE (id);
