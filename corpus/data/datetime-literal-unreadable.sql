-- date/time strings PostgreSQL reads but MySQL, MariaDB and SQLite would read otherwise: special values, zone names, month names
INSERT INTO booking (id, starts_at, day) VALUES (101, 'now', 'today');
INSERT INTO booking (id, starts_at) VALUES (102, '2024-03-01 12:00:00 Europe/Berlin');
UPDATE booking SET starts_at = 'infinity', day = 'March 1, 2024' WHERE id = 101;
ALTER TABLE booking ALTER COLUMN day SET DEFAULT 'today';
