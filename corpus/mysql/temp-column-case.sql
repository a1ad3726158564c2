-- the temporary column of a USING conversion is free by MySQL's rules: user columns equal to the first and second candidates in other case stay untouched
ALTER TABLE users ALTER COLUMN score TYPE INTEGER USING score::INTEGER;
