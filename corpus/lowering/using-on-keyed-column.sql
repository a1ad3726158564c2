-- D420 (MySQL): a USING conversion of a column a unique key uses is refused (the temporary-column route would lose the key)
ALTER TABLE docs ALTER COLUMN title TYPE VARCHAR(100) USING upper(title);
