-- S305: a table created under a name already in use
CREATE TABLE users (id INTEGER);
