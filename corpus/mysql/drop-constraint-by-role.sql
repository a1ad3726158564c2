-- PostgreSQL constraint names resolve by role: DROP FOREIGN KEY, DROP INDEX, DROP CONSTRAINT (check), DROP PRIMARY KEY
ALTER TABLE member DROP CONSTRAINT member_team_id_fkey;
ALTER TABLE member DROP CONSTRAINT member_email_key;
ALTER TABLE member DROP CONSTRAINT member_age_check;
ALTER TABLE team DROP CONSTRAINT team_name_key;
