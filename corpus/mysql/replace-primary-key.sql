-- ADD PRIMARY KEY while the old one exists is error 1068: the drop goes first, in the same ALTER
ALTER TABLE pair DROP CONSTRAINT pair_pkey;
ALTER TABLE pair ADD PRIMARY KEY (a, b);
