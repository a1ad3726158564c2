CREATE TABLE item (id INTEGER, qty INTEGER, price REAL, total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL, tag TEXT NOT NULL AS ('q' || qty) STORED);
