-- a temporary column for a 64-character name keeps its suffix within MySQL's 64 characters, free of a user column equal to the cut first candidate in other case
ALTER TABLE readings ALTER COLUMN a_very_long_column_name_that_fills_all_64_characters_mysql_allow TYPE INTEGER USING length(a_very_long_column_name_that_fills_all_64_characters_mysql_allow);
