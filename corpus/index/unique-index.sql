-- CREATE UNIQUE INDEX
CREATE UNIQUE INDEX events_email_unique ON events (email);
