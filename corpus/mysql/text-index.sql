-- an index on a TEXT column needs a prefix length in MySQL (error 1170): D413 asks for VARCHAR(n)
CREATE INDEX doc_body ON doc (body);
