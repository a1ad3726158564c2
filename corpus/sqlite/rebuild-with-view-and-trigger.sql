-- A view and a trigger on the rebuilt table survive (legacy_alter_table for the final RENAME, trigger recreated); declared types such as DATETIME stay verbatim
ALTER TABLE ballot DROP CONSTRAINT ballot_pkey;
