-- S336: an operator class that does not accept its column's type is refused, as PostgreSQL refuses it
CREATE TABLE badge (id INTEGER PRIMARY KEY, code CHAR(4) NOT NULL, label TEXT, issued DATE);
CREATE INDEX badge_code_like ON badge (code varchar_pattern_ops);
CREATE INDEX badge_id_like ON badge (id text_pattern_ops);
CREATE INDEX badge_issued_like ON badge (issued bpchar_pattern_ops);
CREATE INDEX badge_label_like ON badge (label bpchar_pattern_ops);
