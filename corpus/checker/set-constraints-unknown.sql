-- SET CONSTRAINTS naming a constraint no table has (PostgreSQL: constraint does not exist), also in the wrong case
SET CONSTRAINTS pets_owner_fk, pets_sitter_fk IMMEDIATE;
SET CONSTRAINTS "PETS_OWNER_FK" IMMEDIATE;
