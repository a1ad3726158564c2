-- CASE in both forms, CAST and ::, function calls
UPDATE t SET s = CASE WHEN a > 0 THEN 'pos' WHEN a < 0 THEN 'neg' ELSE 'zero' END;
UPDATE t SET b = CASE a WHEN 1 THEN 10 WHEN 2 THEN 20 END;
UPDATE t SET s = CAST(a AS TEXT) || b::VARCHAR(10), c = length(s), a = coalesce(a, b, 0);
UPDATE t SET s = upper(trim(s)), a = abs(-a);
