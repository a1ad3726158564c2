-- an InnoDB key holds at most 3072 bytes, 768 utf8mb4 characters: longer VARCHAR keys are MySQL error 1071 (D413)
CREATE TABLE page (id INTEGER PRIMARY KEY, url VARCHAR(1000) UNIQUE, host VARCHAR(400), path VARCHAR(400));
CREATE INDEX page_host_path ON page (host, path);
