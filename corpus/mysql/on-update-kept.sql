-- A restated column keeps MySQL's ON UPDATE CURRENT_TIMESTAMP; a change to a non-timestamp type ends it (D426)
ALTER TABLE item ALTER COLUMN touched SET NOT NULL;
ALTER TABLE item ALTER COLUMN name TYPE VARCHAR(80);
ALTER TABLE item ALTER COLUMN stamp TYPE INTEGER USING 0;
