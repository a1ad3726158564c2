-- a collation SQLite does not have is refused (D440); byte order ("C") becomes BINARY
CREATE TABLE tag (name TEXT COLLATE "C", label TEXT COLLATE "en_US", code TEXT COLLATE "default");
