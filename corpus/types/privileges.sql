-- GRANT / REVOKE / ALTER TABLE ... OWNER TO: PostgreSQL as written; MySQL/MariaDB refuse them (D468: 'user'@'host' accounts, no table owners); SQLite has no users or privileges (noted, nothing written)
CREATE TABLE report (id INTEGER PRIMARY KEY, body TEXT);
GRANT SELECT, INSERT ON TABLE report TO PUBLIC;
REVOKE INSERT ON report FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO PUBLIC;
ALTER TABLE report OWNER TO CURRENT_USER;
