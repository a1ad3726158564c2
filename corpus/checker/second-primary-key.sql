-- S309: a second primary key
ALTER TABLE users ADD PRIMARY KEY (email);
