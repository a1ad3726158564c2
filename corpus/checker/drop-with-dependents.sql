-- S310: dropping a table that another table's foreign key references, without CASCADE
DROP TABLE users;
