-- a collation SQLite does not have is refused (D440); byte order ("C") becomes BINARY
CREATE TABLE tag (name TEXT COLLATE "C", label TEXT COLLATE "und-x-icu", code TEXT COLLATE "default");
