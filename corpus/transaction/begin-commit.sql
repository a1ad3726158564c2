-- BEGIN / START TRANSACTION / COMMIT in the input: sqlport owns the framing and drops them
BEGIN;
INSERT INTO log VALUES (1, 'one');
COMMIT;
START TRANSACTION;
INSERT INTO log VALUES (2, 'two');
COMMIT;
