CREATE TABLE item (id INTEGER PRIMARY KEY, qty INTEGER, price REAL, total REAL GENERATED ALWAYS AS (qty * price) VIRTUAL, tag TEXT AS ('q' || qty) STORED, note TEXT);
