-- ON CONFLICT DO UPDATE without the key's columns (P215, PostgreSQL's error), and RETURNING read and left out (P214, a note)
INSERT INTO price (sku, cents) VALUES ('a', 1) ON CONFLICT DO UPDATE SET cents = 2;
INSERT INTO price (sku, cents) VALUES ('b', 1) RETURNING price.sku;
