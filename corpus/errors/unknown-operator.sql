-- P209: an operator with no portable meaning
DELETE FROM t WHERE tags @> 'x';
