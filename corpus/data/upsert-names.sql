-- ON CONFLICT checked as PostgreSQL checks it: the target must be a unique key covering every row (S348), EXCLUDED and the table name both see the columns (an unqualified one is ambiguous)
INSERT INTO price (sku, cents) VALUES ('a', 1) ON CONFLICT (cents) DO NOTHING;
INSERT INTO price (sku, cents, region) VALUES ('a', 1, 'eu') ON CONFLICT (sku, region) DO NOTHING;
INSERT INTO price (sku, cents) VALUES ('a', 1) ON CONFLICT (sku) DO UPDATE SET cents = cents + EXCLUDED.cents;
INSERT INTO price (sku, cents) VALUES ('a', 1) ON CONFLICT (sku) DO UPDATE SET cents = excluded.nope;
