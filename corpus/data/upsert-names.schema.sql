CREATE TABLE price (sku VARCHAR(20) PRIMARY KEY, cents INTEGER NOT NULL, region VARCHAR(4));
CREATE UNIQUE INDEX price_region_sku ON price (region, sku) WHERE region IS NOT NULL;
