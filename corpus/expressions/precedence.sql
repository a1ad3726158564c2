-- operator precedence and the parentheses that must survive normalisation
UPDATE t SET a = (a + b) * c - -1, b = a - (b - c), c = 2 ^ 3 ^ 2 WHERE a = 1 OR b = 2 AND c = 3;
UPDATE t SET s = s || 'x' || (a + 1)::TEXT WHERE NOT (a = 1 OR b = 2);
UPDATE t SET flag = (a < b) = (b < c) WHERE (flag OR flag) AND NOT flag IS NULL;
UPDATE t SET a = -a % 7 + b / 2, b = +c WHERE a <> b AND b != c AND a >= 0 AND b <= 9 AND c > 1 AND a < 5;
