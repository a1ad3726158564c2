-- MariaDB's column definition holds one unnamed CHECK: further and named ones are table checks (CONSTRAINT_<n>)
CREATE TABLE gauge (
    id INTEGER PRIMARY KEY,
    hi INTEGER CONSTRAINT hi_small CHECK (hi < 1000) CHECK (hi <> 500),
    lo INTEGER CHECK (lo > 0) CHECK (lo < hi)
);
INSERT INTO gauge (id, hi, lo) VALUES (1, 3, 2);
ALTER TABLE gauge DROP CONSTRAINT gauge_check;
ALTER TABLE gauge ADD COLUMN step INTEGER CHECK (step > 0) CHECK (step < 10);
