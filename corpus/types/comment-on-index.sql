-- P210: COMMENT ON an index (or any object but a table or column) is refused: sqlport keeps only table and column comments
CREATE TABLE item (id INTEGER PRIMARY KEY);
COMMENT ON INDEX item_pkey IS 'not kept';
