-- Names sqlport invents for SQLite (rebuild scratch table, guard table and trigger) are free ignoring ASCII case: user objects take the first candidates
ALTER TABLE item ALTER COLUMN label TYPE VARCHAR(40);
