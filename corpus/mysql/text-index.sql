-- a plain index on a TEXT column becomes a prefix index on MySQL (D446: same query results); a unique one stays refused (D413)
CREATE INDEX doc_body ON doc (body);
