-- NULLS LAST cannot be written in MySQL: left out with a D415 warning, never emulated by an invented expression
CREATE INDEX task_due ON task (due DESC NULLS LAST);
