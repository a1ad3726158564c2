-- D415 (MySQL), D435 (SQLite): NULLS LAST on an ascending index cannot be kept; the index is created without it, with a warning
CREATE INDEX docs_created ON docs (created NULLS LAST);
