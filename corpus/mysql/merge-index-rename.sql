-- an index added and its column renamed next are two MySQL statements: one ALTER resolves the index's column after the rename (error 1072)
CREATE INDEX note_author ON note (author);
ALTER TABLE note RENAME COLUMN author TO writer;
