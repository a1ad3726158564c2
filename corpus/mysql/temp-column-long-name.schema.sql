CREATE TABLE `readings` (
  `id` int(11) NOT NULL AUTO_INCREMENT,
  `a_very_long_column_name_that_fills_all_64_characters_mysql_allow` text DEFAULT NULL,
  `A_VERY_LONG_COLUMN_NAME_THAT_FILLS_ALL_64_CHARACTERS_MYS_SQLPORT` text DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
