-- TIMESTAMP WITH TIME ZONE / timestamptz columns with DEFAULT now() and CURRENT_TIMESTAMP, as ORMs write them
CREATE TABLE audit_event (
    id BIGSERIAL PRIMARY KEY,
    happened_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    seen_at timestamptz DEFAULT CURRENT_TIMESTAMP,
    closed_at TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO audit_event (happened_at, closed_at) VALUES ('2024-03-01 12:00:00+00', NULL);
