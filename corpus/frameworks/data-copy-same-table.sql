-- Rows copied within one table (a new region priced from an old one): INSERT ... SELECT reading the table it writes, numbered in a NULL-sensitive order
BEGIN;
INSERT INTO prices (product, region, cents, valid_from) SELECT product, 'eu', cents * 2, valid_from FROM prices WHERE region <> 'eu' ORDER BY valid_from DESC, id;
COMMIT;
