CREATE TABLE users (
    id SERIAL PRIMARY KEY,
    score TEXT,
    "Score_sqlport" TEXT,
    "SCORE_SQLPORT2" TEXT
);
