-- A baseline that defines a column twice (a file cut or edited by hand, never what SQLite writes) is refused with B505:
-- every later step (restating the table, copying its rows by column) needs one column per name
ALTER TABLE member ADD COLUMN note TEXT;
