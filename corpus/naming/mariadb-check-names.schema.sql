-- SHOW CREATE TABLE of MariaDB: an unnamed column CHECK shown in its column (named after it), table checks named CONSTRAINT_<n> by MariaDB (with a gap), a MySQL 8 style t_chk_<n> and an InnoDB t_ibfk_<n>
CREATE TABLE `k` (
  `id` char(36) NOT NULL,
  `s` varchar(40) NOT NULL CHECK (`s` <> ''),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
CREATE TABLE `m` (
  `id` int(11) NOT NULL,
  `s` varchar(40) DEFAULT NULL,
  `k_id` char(36) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `k_id` (`k_id`),
  CONSTRAINT `m_ibfk_3` FOREIGN KEY (`k_id`) REFERENCES `k` (`id`),
  CONSTRAINT `CONSTRAINT_2` CHECK (`s` <> ''),
  CONSTRAINT `m_chk_4` CHECK (`id` > 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
