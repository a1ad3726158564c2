-- an ALTER TABLE without any action
ALTER TABLE t;
