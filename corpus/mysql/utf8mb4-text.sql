-- text in tables sqlport creates holds any Unicode (distinct emoji stay distinct under a UNIQUE key), and hashes as in PostgreSQL, whatever the server's default character set
CREATE TABLE msg (id INTEGER PRIMARY KEY, body VARCHAR(20) UNIQUE, tag VARCHAR(20), digest TEXT);
INSERT INTO msg (id, body, tag) VALUES (1, '😀', 'Ärger'), (2, '😁', 'Ärger');
UPDATE msg SET digest = md5(tag);
