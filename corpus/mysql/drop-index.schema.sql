CREATE TABLE page (id SERIAL PRIMARY KEY, slug VARCHAR(80));
CREATE INDEX page_slug ON page (slug);
