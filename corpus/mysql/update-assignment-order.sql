-- MySQL assigns UPDATE columns left to right, each seeing the earlier ones: readers of a column go before its assignment (mariadb: SIMULTANEOUS_ASSIGNMENT)
UPDATE score SET total = total + bonus, bonus = 0, best = total;
UPDATE score SET name = upper(name), initial = left(name, 1);
