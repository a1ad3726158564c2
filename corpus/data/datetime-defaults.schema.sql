CREATE TABLE booking (
    id INTEGER PRIMARY KEY,
    starts_at TIMESTAMP WITH TIME ZONE,
    local_at TIMESTAMP WITHOUT TIME ZONE,
    day DATE,
    note TEXT
);
