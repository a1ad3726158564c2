CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    email VARCHAR(200) NOT NULL,
    region VARCHAR(20),
    score INTEGER DEFAULT 0,
    deleted BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT account_email_key UNIQUE (email)
);
CREATE UNIQUE INDEX account_live_region ON account (region DESC, score) WHERE deleted = FALSE AND region IS NOT NULL;
CREATE INDEX account_score_expr ON account ((score * 2) DESC, email);
