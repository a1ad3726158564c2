-- ALTER TYPE ... ADD VALUE at the end, BEFORE and AFTER a label, IF NOT EXISTS of a label it has: every column of the type restated (MySQL) or its table rebuilt (SQLite); PostgreSQL commits a label before a later statement uses it
CREATE TYPE priority AS ENUM ('low', 'high');
CREATE TABLE task (id INTEGER PRIMARY KEY, priority priority NOT NULL DEFAULT 'low', title TEXT);
CREATE TABLE task_log (id INTEGER PRIMARY KEY, task_id INTEGER REFERENCES task (id), was priority);
ALTER TYPE priority ADD VALUE 'urgent';
ALTER TYPE priority ADD VALUE 'normal' BEFORE 'high';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'minimal' AFTER 'low';
ALTER TYPE priority ADD VALUE IF NOT EXISTS 'low';
INSERT INTO task (id, priority, title) VALUES (100, 'urgent', 'call back');
