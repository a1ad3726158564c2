-- SET CONSTRAINTS ... DEFERRED of a key or CHECK that is not deferrable (PostgreSQL: constraint is not deferrable)
SET CONSTRAINTS pets_vet_fk DEFERRED;
SET CONSTRAINTS pets_id_positive DEFERRED;
