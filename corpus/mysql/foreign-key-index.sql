-- an index on a foreign key's column makes InnoDB drop the index it made for the key; the output says so
CREATE INDEX payment_account ON payment (account_id);
