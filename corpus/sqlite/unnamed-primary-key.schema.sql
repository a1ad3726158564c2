CREATE TABLE ballot (
    id SERIAL,
    voter TEXT,
    PRIMARY KEY (id)
);
