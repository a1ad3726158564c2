-- expression keys MySQL / MariaDB cannot hold in a generated column: a type sqlport cannot tell (D422: arithmetic, a cast), a TEXT column (D413); renaming a column a hidden key reads (D485)
CREATE INDEX profile_karma_next ON profile ((karma + 1));
CREATE INDEX profile_about_lower ON profile ((lower(about)));
CREATE INDEX profile_id_text ON profile ((upper(handle)), (lower(id::text)));
CREATE UNIQUE INDEX profile_handle_ci ON profile ((lower(handle)));
ALTER TABLE profile RENAME COLUMN handle TO nick;
