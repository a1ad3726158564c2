-- table-level primary key, unique, foreign key and check constraints
CREATE TABLE teams (
    org TEXT,
    slug TEXT,
    name TEXT NOT NULL,
    PRIMARY KEY (org, slug),
    CONSTRAINT teams_name_key UNIQUE (org, name)
);
CREATE TABLE members (
    org TEXT NOT NULL,
    team TEXT NOT NULL,
    username TEXT NOT NULL,
    joined DATE,
    left_on DATE,
    CONSTRAINT members_team_fkey FOREIGN KEY (org, team) REFERENCES teams (org, slug),
    UNIQUE (org, team, username),
    CHECK (left_on IS NULL OR left_on >= joined)
);
