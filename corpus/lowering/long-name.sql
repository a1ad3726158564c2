-- S329 (MySQL) and D402 (PostgreSQL): a name longer than MySQL's 64 characters or PostgreSQL's 63 bytes is refused
ALTER TABLE docs ADD COLUMN a_column_name_that_is_much_longer_than_sixty_four_characters_in_total INTEGER;
