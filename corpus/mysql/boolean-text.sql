-- a boolean turned into text is refused (D411): MySQL writes 1, PostgreSQL true
UPDATE note SET body = 'done: ' || done;
