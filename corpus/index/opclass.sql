-- index operator classes: PostgreSQL keeps them; MySQL and SQLite leave the *_pattern_ops family out (D444: same query results)
CREATE INDEX author_handle_like ON author (handle varchar_pattern_ops);
CREATE INDEX author_bio_like ON author USING btree (bio text_pattern_ops);
CREATE INDEX author_initials_like ON author (initials bpchar_pattern_ops DESC, id);
