-- ALTER INDEX on the index of a key renames the constraint (PostgreSQL): SQLite keeps constraint names only in the table's text, so it rebuilds the table once for both renames, recreating its other index
ALTER INDEX account_email_key RENAME TO account_email_unique;
ALTER INDEX account_pkey RENAME TO account_primary;
