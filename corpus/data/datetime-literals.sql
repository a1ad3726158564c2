-- date/time strings as applications write them: offsets and Z (timestamptz converts to UTC; timestamp ignores the offset), T separator, fractions, a date from a timestamp string; the text column is untouched
INSERT INTO booking (id, starts_at, local_at, day, note) VALUES
    (101, '2024-03-01 12:00:00+02', '2024-03-01 12:00:00+02', '2024-03-01', '2024-03-01 12:00:00+02'),
    (102, '2024-12-31T23:30:00.25-05:30', '2024-12-31T23:30:00.25-05:30', '2024-12-31 23:30:00', 'kept'),
    (103, '2024-02-29 00:10Z', '2024-02-29 00:10', '2024-02-29T10:00:00+14', NULL),
    (104, '2024-03-01', '2024-03-01', '2024-03-01', NULL);
UPDATE booking SET starts_at = '2000-01-01 00:00:00+0100', local_at = '2000-01-01 00:00:00.123456' WHERE id = 104;
INSERT INTO booking (id, starts_at, day) SELECT id + 100, '1999-12-31 23:59:59-01', '1999-12-31' FROM booking WHERE id IN (101, 102);
