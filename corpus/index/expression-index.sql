-- expression index elements: parenthesised expressions and bare function calls
CREATE INDEX events_email_lower ON events ((lower(email)));
CREATE INDEX events_kind_upper ON events (upper(kind), id);
