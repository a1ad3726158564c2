-- DROP CONSTRAINT [IF EXISTS], including a primary key
ALTER TABLE posts DROP CONSTRAINT posts_title_check;
ALTER TABLE posts DROP CONSTRAINT IF EXISTS posts_nothing;
ALTER TABLE posts DROP CONSTRAINT posts_user_id_fkey;
ALTER TABLE posts DROP CONSTRAINT posts_pkey;
