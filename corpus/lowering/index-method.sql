-- D436 (SQLite): an index method other than btree
CREATE INDEX docs_title_hash ON docs USING hash (title);
