-- an unterminated quoted identifier
CREATE TABLE "broken (id INTEGER);
