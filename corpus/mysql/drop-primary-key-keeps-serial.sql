-- a serial column left without any key is MySQL error 1075: refused with D416
ALTER TABLE log DROP CONSTRAINT log_pkey;
