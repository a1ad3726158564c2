-- dropping the primary key of an AUTO_INCREMENT column needs the AUTO_INCREMENT removed in the same statement (error 1075)
ALTER TABLE log DROP CONSTRAINT log_pkey;
ALTER TABLE log ALTER COLUMN id DROP DEFAULT;
