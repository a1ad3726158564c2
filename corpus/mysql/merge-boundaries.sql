-- each pair of ALTER actions merges into one MySQL statement only where MySQL gives it the meaning of the two in a row
-- a column added, indexed, then dropped: the index goes with it (no index on a missing column)
ALTER TABLE t1 ADD COLUMN x INTEGER;
CREATE INDEX t1_x ON t1 (x);
ALTER TABLE t1 DROP COLUMN x;
-- a default set, then the column renamed (1054), then the new name used
ALTER TABLE t2 ALTER COLUMN a SET DEFAULT 1;
ALTER TABLE t2 RENAME COLUMN a TO a2;
ALTER TABLE t2 ALTER COLUMN a2 SET NOT NULL;
-- an indexed column dropped and added again: the new column has no index
ALTER TABLE t3 DROP COLUMN d;
ALTER TABLE t3 ADD COLUMN d TEXT;
-- a check added, then its column renamed (1054)
ALTER TABLE t4 ADD CONSTRAINT t4_e_check CHECK (e > 0);
ALTER TABLE t4 RENAME COLUMN e TO e2;
-- a foreign key added, then its column renamed (1072)
ALTER TABLE t5 ADD CONSTRAINT t5_f_fkey FOREIGN KEY (f) REFERENCES p (id);
ALTER TABLE t5 RENAME COLUMN f TO f2;
-- a check dropped and added again under its name: one statement is fine
ALTER TABLE t6 DROP CONSTRAINT t6_g_check;
ALTER TABLE t6 ADD CONSTRAINT t6_g_check CHECK (g >= 0);
-- an index dropped and created again under its name: one statement
DROP INDEX t7_h;
CREATE INDEX t7_h ON t7 (k);
-- a unique constraint added, then dropped: two statements (the drop finds no index yet)
ALTER TABLE t8 ADD CONSTRAINT t8_m_key UNIQUE (m);
ALTER TABLE t8 DROP CONSTRAINT t8_m_key;
