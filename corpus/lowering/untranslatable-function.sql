-- D411 (MySQL), D432 (SQLite): a function with no faithful translation is refused, pointing at the call
UPDATE docs SET body = initcap(body);
