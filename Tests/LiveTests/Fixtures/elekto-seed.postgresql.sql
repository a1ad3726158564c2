-- Rows for an Elekto 0.5 database (corpus/elekto/migration.schema.sql) before the 0.6 upgrade.
-- Ids have gaps, as in a database that has lived; ballot ids reach 6 digits so the zero-padding
-- is exercised at more than one width. Timestamps are fixed so snapshots are repeatable.
INSERT INTO election (id, key, name, created_at, updated_at) VALUES
    (1, 'steering-2021', 'Steering Committee 2021', '2021-01-04 10:00:00', '2021-02-01 09:30:00'),
    (2, 'elections/code-of-conduct', 'Code of Conduct', '2021-06-01 12:00:00', NULL),
    (5, 'tc-2022', NULL, '2022-03-15 08:45:10', '2022-03-16 08:45:10');
SELECT setval('election_id_seq', 5);

INSERT INTO "user" (id, username, name, token, token_expires_at, created_at, updated_at) VALUES
    (1, 'alice', 'Alice A.', 'tok-a', '2021-01-05 00:00:00', '2021-01-04 10:00:00', NULL),
    (2, 'bob', 'Bob B.', NULL, NULL, '2021-01-04 11:00:00', '2021-01-04 12:00:00'),
    (4, 'carol', NULL, 'tok-c', '2022-03-16 00:00:00', '2021-06-02 09:00:00', NULL),
    (9, 'dan', 'Dan O''Neil', NULL, NULL, '2022-03-15 09:00:00', NULL);
SELECT setval('user_id_seq', 9);

INSERT INTO request (id, user_id, election_id, name, email, chat, description, comments, reviewed, created_at, updated_at) VALUES
    (1, 2, 1, 'Bob B.', 'bob@example.org', '@bob', 'I contributed docs', NULL, true, '2021-01-10 10:00:00', NULL),
    (3, 9, 5, 'Dan', 'dan@example.org', NULL, NULL, 'pending', false, '2022-03-15 10:00:00', NULL),
    (4, 4, 5, 'Carol', NULL, NULL, 'multi
line', NULL, NULL, '2022-03-15 11:00:00', NULL);
SELECT setval('request_id_seq', 4);

INSERT INTO voter (id, user_id, election_id, created_at, updated_at) VALUES
    (1, 1, 1, '2021-01-05 10:00:00', NULL),
    (2, 2, 1, '2021-01-05 10:01:00', NULL),
    (3, 4, 2, '2021-06-02 09:05:00', NULL),
    (7, 1, 5, '2022-03-16 09:00:00', NULL),
    (8, 9, 5, '2022-03-16 09:10:00', '2022-03-16 09:11:00');
SELECT setval('voter_id_seq', 8);

INSERT INTO ballot (id, election_id, rank, candidate, voter, created_at, updated_at) VALUES
    (1, 1, 1, 'alice', 'bob', '2021-01-20 10:00:00', NULL),
    (2, 1, 2, 'carol', 'bob', '2021-01-20 10:00:00', NULL),
    (3, 1, 1, 'carol', 'alice', '2021-01-21 10:00:00', '2021-01-21 10:05:00'),
    (7, 2, 1, 'dan', 'carol', '2021-06-10 10:00:00', NULL),
    (12, 5, 1, 'alice', 'dan', '2022-03-20 10:00:00', NULL),
    (40, 5, NULL, 'bob', 'alice', '2022-03-20 11:00:00', NULL),
    (100000, 5, 3, 'carol', 'alice', '2022-03-20 11:00:01', NULL);
SELECT setval('ballot_id_seq', 100000);
