-- MariaDB cannot DROP CONSTRAINT a CHECK held in its column's definition: MODIFY restates the column without it
ALTER TABLE member DROP CONSTRAINT member_age_check;
ALTER TABLE member ADD COLUMN joined DATE;
ALTER TABLE member DROP COLUMN hi;
ALTER TABLE member RENAME CONSTRAINT member_nick_check TO member_nick_not_empty;
