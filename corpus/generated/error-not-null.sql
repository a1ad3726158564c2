-- D480: MariaDB refuses NOT NULL on a generated column (MySQL 8 takes it; sqlport writes what both take)
CREATE TABLE person (id SERIAL PRIMARY KEY, first_name TEXT NOT NULL, last_name TEXT NOT NULL,
    full_name TEXT GENERATED ALWAYS AS (first_name || ' ' || last_name) STORED NOT NULL);
