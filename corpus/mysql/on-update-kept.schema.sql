-- A MariaDB dump: ON UPDATE CURRENT_TIMESTAMP is part of the column
CREATE TABLE `item` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `name` varchar(40) DEFAULT NULL,
  `touched` datetime DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  `stamp` datetime(6) DEFAULT NULL ON UPDATE current_timestamp(6),
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
