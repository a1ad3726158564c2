-- D439 (SQLite): a BYTEA literal must be written in hex form to mean the same bytes everywhere
INSERT INTO docs (id, title, blob) VALUES (1, 'a', 'raw text');
