-- L108: a backtick starts no token in the portable language
CREATE TABLE `t` (id INTEGER);
