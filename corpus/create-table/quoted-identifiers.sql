-- names that need quotes: reserved words, upper case, spaces and embedded quotes; unquoted names fold
CREATE TABLE "user" (
    "ID" INTEGER PRIMARY KEY,
    "Display Name" TEXT,
    "say ""hi""" TEXT,
    "order" INTEGER,
    Key TEXT,
    "rank" INTEGER,
    "plain" TEXT
);
