-- Elekto 0.5 rows for MySQL / MariaDB: ballots with gaps in their ids and the largest INT.
INSERT INTO election (id, `key`, name, created_at, updated_at) VALUES
  (1, 'steering-2021', 'Steering 2021', '2021-01-01 10:00:00', NULL),
  (2, 'steering-2022', 'Steering 2022', '2022-01-01 10:00:00', '2022-02-01 10:00:00'),
  (5, 'c:\\path', 'Backslash \\ key', NULL, NULL);
INSERT INTO user (id, username, name, token, token_expires_at, created_at, updated_at) VALUES
  (1, 'alice', 'Alice', 't1', NULL, NULL, NULL), (2, 'bob', 'Bob', NULL, NULL, NULL, NULL),
  (3, 'carol', 'Carol', NULL, NULL, NULL, NULL), (9, 'dan', 'Dan O''Neil', NULL, NULL, NULL, NULL);
INSERT INTO request (id, user_id, election_id, name, email, chat, description, comments, reviewed) VALUES
  (1, 1, 1, 'Alice', 'a@x', NULL, 'please', NULL, 1), (2, 2, 2, 'Bob', NULL, NULL, NULL, NULL, 0),
  (3, 9, 5, 'Dan', NULL, NULL, 'line1\nline2', NULL, NULL);
INSERT INTO voter (id, user_id, election_id, created_at, updated_at) VALUES
  (1, 1, 1, NULL, NULL), (2, 2, 1, NULL, NULL), (3, 3, 2, NULL, NULL), (4, 9, 2, NULL, NULL), (6, 1, 5, NULL, NULL);
INSERT INTO ballot (id, election_id, `rank`, candidate, voter, created_at, updated_at) VALUES
  (1, 1, 1, 'alice', 'v1', '2021-01-02 00:00:00', NULL), (2, 1, 2, 'bob', 'v1', NULL, NULL),
  (3, 2, 1, 'carol', 'v2', NULL, NULL), (7, 2, 1, 'dan', 'carol', NULL, NULL),
  (12, 5, 3, 'erin', 'v3', NULL, NULL), (40, NULL, NULL, 'frank', 'v4', NULL, NULL),
  (100000, 1, 1, 'grace', 'v5', NULL, NULL), (2147483647, 2, 2, 'heidi', 'v6', NULL, NULL);
