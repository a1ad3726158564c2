-- SQLite types keep PostgreSQL's values: digits-only UUIDs and JSON that looks like a number stay text (TEXT affinity); SERIAL keys are AUTOINCREMENT, so a deleted id is not reused
CREATE TABLE token (id SERIAL PRIMARY KEY, value UUID NOT NULL, doc JSON, body JSONB, code VARCHAR(8));
INSERT INTO token (value, doc, body, code) VALUES ('12345678123456781234567812345678', '1e5', '123', '0012'), ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{}', '[]', '12');
DELETE FROM token WHERE id = 2;
INSERT INTO token (value, code) VALUES ('00000000000000000000000000001e10', '1e3');
