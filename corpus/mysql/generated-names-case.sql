-- the names MySQL and MariaDB give unnamed keys skip taken names in any case: sqlport writes them (MariaDB IF NOT EXISTS would skip a taken one silently)
ALTER TABLE account ADD UNIQUE (email);
ALTER TABLE account ADD CHECK (n <> 13);
