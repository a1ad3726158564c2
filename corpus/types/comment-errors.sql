-- S301 / S302: COMMENT ON names a table or column that does not exist
CREATE TABLE item (id INTEGER PRIMARY KEY);
COMMENT ON TABLE itme IS 'typo';
COMMENT ON COLUMN item.nmae IS 'typo';
