-- an empty quoted identifier
CREATE TABLE "" (id INTEGER);
