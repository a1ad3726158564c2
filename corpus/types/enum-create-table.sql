-- CREATE TYPE ... AS ENUM and columns of it: PostgreSQL as written, MySQL ENUM(...), SQLite TEXT with a CHECK of the labels
CREATE TYPE ticket_state AS ENUM ('new', 'open', 'closed', 'it''s done');
CREATE TABLE ticket (
    id BIGSERIAL PRIMARY KEY,
    state ticket_state NOT NULL DEFAULT 'new',
    previous ticket_state
);
ALTER TABLE ticket ADD COLUMN "Order" ticket_state DEFAULT 'open'::ticket_state;
INSERT INTO ticket (state, previous) VALUES ('open', NULL), ('closed', 'open');
