CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'team');
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    tier plan_tier NOT NULL DEFAULT 'free',
    trial_tier plan_tier
);
CREATE TABLE invoice (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES account (id), tier plan_tier);
