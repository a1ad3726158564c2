-- an enum column compared by order (<, >, BETWEEN): PostgreSQL compares by the labels' order; MySQL's ENUM and SQLite's TEXT compare the text, so both refuse it (D411, D432); = and IN stay
CREATE TYPE severity AS ENUM ('low', 'medium', 'high', 'critical');
CREATE TABLE incident (id INTEGER PRIMARY KEY, severity severity NOT NULL, escalated BOOLEAN NOT NULL DEFAULT FALSE);
UPDATE incident SET escalated = TRUE WHERE severity >= 'high';
DELETE FROM incident WHERE severity BETWEEN 'low' AND 'medium' AND severity IN ('low', 'medium');
