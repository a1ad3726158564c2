-- D445: an index method other than btree (MySQL; D436 on SQLite) and an operator class that changes what the index answers
CREATE INDEX author_tags ON author USING gin (tags jsonb_path_ops);
CREATE INDEX author_handle_hash ON author USING hash (handle);
