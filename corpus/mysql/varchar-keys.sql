-- keys on VARCHAR columns: table-level primary, unique, foreign keys with every action, checks, and index statements
CREATE TABLE team (org VARCHAR(40), slug VARCHAR(40), name VARCHAR(80) NOT NULL, PRIMARY KEY (org, slug), CONSTRAINT team_name_key UNIQUE (org, name));
CREATE TABLE member (
    org VARCHAR(40) NOT NULL,
    team VARCHAR(40) NOT NULL,
    username VARCHAR(60) NOT NULL,
    joined DATE,
    left_on DATE,
    CONSTRAINT member_team_fkey FOREIGN KEY (org, team) REFERENCES team (org, slug) ON DELETE CASCADE ON UPDATE CASCADE,
    UNIQUE (org, team, username),
    CHECK (left_on IS NULL OR left_on >= joined)
);
CREATE INDEX member_joined ON member USING btree (joined DESC, username);
CREATE INDEX IF NOT EXISTS member_joined ON member (joined);
CREATE UNIQUE INDEX member_user ON member (username, org);
INSERT INTO team VALUES ('sig', 'db', 'Databases');
ALTER INDEX member_joined RENAME TO member_joined_desc;
DROP INDEX member_user;
