-- D410 (MySQL): restating a column whose type MySQL cannot spell (an array from a portable baseline) is refused, not copied through
ALTER TABLE posts ALTER COLUMN tags SET NOT NULL;
