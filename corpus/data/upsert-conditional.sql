-- ON CONFLICT DO UPDATE ... WHERE: kept on PostgreSQL; MySQL's ON DUPLICATE KEY UPDATE has no condition (D458); SQLite has the clause, but the script's guard cannot count the rows the WHERE leaves alone (D459)
INSERT INTO price (sku, cents) VALUES ('a-1', 100), ('b-2', 250) ON CONFLICT (sku) DO UPDATE SET cents = EXCLUDED.cents WHERE price.cents < EXCLUDED.cents;
