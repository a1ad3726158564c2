CREATE TABLE legacy_customer (customer_no INTEGER PRIMARY KEY, full_name TEXT NOT NULL);
