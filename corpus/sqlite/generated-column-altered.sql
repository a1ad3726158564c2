-- A change to a generated column's own definition (type, default, nullability, a primary key on it) is refused (S331)
ALTER TABLE item ALTER COLUMN total TYPE NUMERIC(10, 2);
ALTER TABLE item ALTER COLUMN total SET DEFAULT 0;
ALTER TABLE item ALTER COLUMN tag DROP NOT NULL;
ALTER TABLE item ALTER COLUMN total SET NOT NULL;
ALTER TABLE item ADD PRIMARY KEY (id, tag);
