-- MariaDB keeps an unnamed column CHECK inside the column: MODIFY must restate it or MariaDB drops it
ALTER TABLE account ALTER COLUMN balance TYPE BIGINT;
ALTER TABLE account ALTER COLUMN kind SET DEFAULT 'savings';
