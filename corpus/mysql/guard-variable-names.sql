-- MariaDB guard variables never reuse the script's own @sqlport_sql_mode, nor each other's name (a_b.c and a.b_c)
ALTER TABLE "sql" ALTER COLUMN mode TYPE INTEGER USING length(mode);
ALTER TABLE a_b ALTER COLUMN c TYPE INTEGER USING length(c);
ALTER TABLE a ALTER COLUMN b_c TYPE INTEGER USING length(b_c);
