-- DROP INDEX needs its table in MySQL
DROP INDEX page_slug;
