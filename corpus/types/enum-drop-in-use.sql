-- S360: DROP TYPE is refused while a column has the type, with or without CASCADE (which would drop the column)
CREATE TYPE status AS ENUM ('draft', 'live');
CREATE TABLE page (id INTEGER PRIMARY KEY, status status NOT NULL, previous status);
DROP TYPE status;
DROP TYPE IF EXISTS status CASCADE;
