-- USING between types of one DATA_TYPE (varchar -> varchar): no guard can tell done from not done, so mariadb marks those statements not re-runnable
ALTER TABLE tag ALTER COLUMN code TYPE VARCHAR(20) USING upper(code);
ALTER TABLE tag RENAME COLUMN label TO title;
