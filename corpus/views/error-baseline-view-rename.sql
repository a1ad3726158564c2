-- D474: renaming a column a baseline's view reads leaves a MySQL view invalid (it holds names as text), and sqlport cannot restate a view it knows only as text
ALTER TABLE author RENAME COLUMN name TO full_name;
