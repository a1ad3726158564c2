-- UPDATE ... FROM whose assignments read a column another one sets: PostgreSQL reads the old row; MariaDB assigns simultaneously (the script's SIMULTANEOUS_ASSIGNMENT); MySQL's multiple-table UPDATE promises no order (D455); SQLite's correlated form reads the old row
INSERT INTO stock (id, qty) VALUES (10, 5), (11, 7);
INSERT INTO delivery (stock_id, qty) VALUES (10, 3), (11, 1);
UPDATE stock SET qty = stock.qty + d.qty, previous_qty = stock.qty FROM delivery AS d WHERE d.stock_id = stock.id;
