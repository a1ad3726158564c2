-- S373: PostgreSQL refuses a default beside a generation expression, a non-immutable one, and one reading another generated column
CREATE TABLE a (x INTEGER, y INTEGER GENERATED ALWAYS AS (x * 2) STORED DEFAULT 0);
CREATE TABLE b (x INTEGER, stamped TIMESTAMP GENERATED ALWAYS AS (now()) STORED);
CREATE TABLE c (x INTEGER, y INTEGER GENERATED ALWAYS AS (x + 1) STORED, z INTEGER GENERATED ALWAYS AS (y + 1) STORED);
