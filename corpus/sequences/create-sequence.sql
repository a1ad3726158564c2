-- CREATE SEQUENCE of a sequence no column owns: PostgreSQL as written; D479 elsewhere (MariaDB's CREATE SEQUENCE is not written yet)
CREATE SEQUENCE invoice_number START WITH 1000 INCREMENT BY 1 NO CYCLE;
