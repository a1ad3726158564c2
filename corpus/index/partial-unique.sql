-- partial unique indexes on MySQL / MariaDB: a hidden generated column holds the last key where the WHERE holds; names collide case-insensitively with a user column, 63-character index names, positional INSERT after, DROP INDEX and DROP COLUMN take the hidden column along
CREATE UNIQUE INDEX account_email_live ON account (tenant, email) WHERE deleted_at IS NULL;
INSERT INTO account VALUES (10, 1, 'a@x', NULL, 1), (11, 1, 'a@x', '2024-01-01 00:00:00', 2), (12, 1, 'a@x', '2024-02-01 00:00:00', 3);
CREATE UNIQUE INDEX account_tenant_email_when_not_deleted_and_tenant_positive_abcde ON account (email) WHERE deleted_at IS NULL AND tenant > 0;
CREATE UNIQUE INDEX account_live_tenant ON account (tenant DESC, "Account_Email_Live_Key") WHERE NOT (tenant = 0);
ALTER INDEX account_live_tenant RENAME TO account_live_tenant_key;
DROP INDEX account_tenant_email_when_not_deleted_and_tenant_positive_abcde;
INSERT INTO account VALUES (13, 2, 'b@x', NULL, 4);
ALTER TABLE account DROP COLUMN deleted_at;
