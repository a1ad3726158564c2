-- several comma-separated actions in one ALTER TABLE
ALTER TABLE users
    ADD COLUMN locale VARCHAR(10) DEFAULT 'en',
    DROP COLUMN score,
    ALTER COLUMN name SET NOT NULL,
    ALTER COLUMN age DROP DEFAULT,
    ADD CONSTRAINT users_locale_check CHECK (locale <> '');
