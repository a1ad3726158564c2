-- LIKE is exact and ILIKE compares lower case by character, whatever MySQL's default collation (which ignores case and accents)
DELETE FROM word WHERE w LIKE 'caf_' AND w NOT LIKE 'Caf%';
UPDATE word SET tag = 'e' WHERE w ILIKE '%É%' OR w LIKE 'a\_b';
