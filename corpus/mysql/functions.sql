-- concat skips NULLs (CONCAT_WS), now() keeps microseconds (NOW(6))
UPDATE note SET body = concat(title, ' ', body), seen = now(), n = coalesce(n, 0) + 1;
