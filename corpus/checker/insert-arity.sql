-- S322: an INSERT row longer than its column list
INSERT INTO users (email, name) VALUES ('a@example.com', 'a', 'extra');
