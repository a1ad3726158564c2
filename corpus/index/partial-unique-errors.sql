-- what a partial unique index on MySQL / MariaDB cannot keep: a TEXT key (D413), an expression key (D414), renaming or retyping a column its hidden column reads (D485)
CREATE UNIQUE INDEX member_bio_live ON member (bio) WHERE left_on IS NULL;
CREATE UNIQUE INDEX member_lower_handle_live ON member ((lower(handle))) WHERE active;
CREATE UNIQUE INDEX member_handle_live ON member (handle) WHERE left_on IS NULL;
ALTER TABLE member RENAME COLUMN left_on TO left_at;
ALTER TABLE member ALTER COLUMN handle TYPE VARCHAR(80);
CREATE UNIQUE INDEX member_id_live ON member (handle) WHERE id > 0;
