-- A MariaDB dump of tables sqlport wrote: unique and plain indexes whose keys invisible generated columns hold
CREATE TABLE `account` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `tenant` int(11) NOT NULL,
  `email` varchar(120) NOT NULL,
  `deleted_at` datetime(6) DEFAULT NULL,
  `account_email_live_key` varchar(120) GENERATED ALWAYS AS (case when `deleted_at` is null then `email` end) VIRTUAL INVISIBLE,
  `account_email_ci_key` varchar(120) COLLATE utf8mb4_nopad_bin GENERATED ALWAYS AS (lcase(`email`)) VIRTUAL INVISIBLE,
  PRIMARY KEY (`id`),
  UNIQUE KEY `account_email_live` (`tenant`,`account_email_live_key`),
  KEY `account_email_ci` (`account_email_ci_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
