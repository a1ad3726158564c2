-- P208: comparisons chained without parentheses
DELETE FROM t WHERE a = b = c;
