-- input that ends in the middle of a statement
ALTER TABLE t ADD COLUMN
