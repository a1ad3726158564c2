-- a partial unique index alone (soft-delete shape): live rows keep unique emails, deleted rows may repeat one
CREATE UNIQUE INDEX member_email_live ON member (email) WHERE deleted_at IS NULL;
