-- D437: before 3.25 a renamed column's views are not rewritten (the rebuild restates them verbatim), so a view naming the column is refused
-- sqlport-options: --sqlite-version 3.24
ALTER TABLE ballot RENAME COLUMN voter TO voter_name;
